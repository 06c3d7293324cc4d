<#-- The search page /<lang>/search/ (issue 14). Its module (search.scriptUrl) runs ?q= on load and as the visitor
     types, against the language's index (search.indexUrl); results go in [data-search-results], each one a
     [data-search-result] whose first link is the result. Without JavaScript the page links the sections. -->
<#import "layout.ftl" as layout>
<@layout.shell>
<div class="wrap article search-page" data-search data-index="${search.indexUrl}" data-one="${t("search_results_one")}" data-other="${t("search_results_other")}" data-none="${t("search_no_results")}" data-error="${t("search_error")}" data-photo="${t("search_photo")}" data-exhibit="${t("search_exhibit")}">
  <h1>${page.title}</h1>
  <form class="search-form" role="search" action="${site.searchUrl}" aria-label="${page.title}">
    <label for="_q">${t("search_label")}</label>
    <div class="search-row">
      <input id="_q" type="search" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-describedby="_search_hint">
      <button type="submit" class="button">${t("search_button")}</button>
    </div>
    <p class="muted search-hint" id="_search_hint">${t("search_hint")}</p>
  </form>
  <p class="search-status" role="status" aria-live="polite" aria-atomic="true" data-search-status></p>
  <ol class="search-results" data-search-results></ol>
  <div class="search-help" data-search-help>
    <noscript><p>${t("search_nojs")}</p></noscript>
    <h2>${t("search_sections")}</h2>
    <ul class="link-list">
<#list site.menu as m>
      <li><a href="${m.url}">${m.name}</a></li>
</#list>
    </ul>
  </div>
</div>
<script type="module" src="${search.scriptUrl}"></script>
</@layout.shell>
