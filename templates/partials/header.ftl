<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="${site.homeUrl}">
      <svg class="brand-mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false"><circle cx="16" cy="16" r="16" fill="#b3202a"/><g fill="#ffd166"><circle cx="16" cy="9" r="4"/><circle cx="22.7" cy="13.8" r="4"/><circle cx="20.1" cy="21.7" r="4"/><circle cx="11.9" cy="21.7" r="4"/><circle cx="9.3" cy="13.8" r="4"/></g><circle cx="16" cy="16" r="3.2" fill="#7a0f18"/></svg>
      <span class="brand-name">${site.name}</span>
    </a>
    <form class="site-search" role="search" action="${site.searchUrl}" aria-label="${t("search_label")}">
      <input type="search" name="q" aria-label="${t("search_label")}" placeholder="${t("search_placeholder")}" autocomplete="off" enterkeyhint="search">
      <button type="submit"><svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false"><circle cx="8.5" cy="8.5" r="5.5" stroke="currentColor" stroke-width="2" fill="none"/><path d="M12.6 12.6 17 17" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/></svg><span class="visually-hidden">${t("search_button")}</span></button>
    </form>
    <nav class="lang-switch" aria-label="${t("language")}">
      <ul>
<#list page.translations as l>
        <li><a href="${l.url}" lang="${l.htmlLang}" hreflang="${l.htmlLang}"<#if l.current> aria-current="page"</#if>><span aria-hidden="true">${l.code?upper_case}</span><span class="visually-hidden">${l.name}</span></a></li>
</#list>
      </ul>
    </nav>
  </div>
  <nav class="main-nav" aria-label="${t("main_navigation")}">
    <div class="wrap menu-bar"><button type="button" class="menu-toggle" aria-expanded="false" aria-controls="_menu" hidden><svg class="menu-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><path d="M2 4.5h16M2 10h16M2 15.5h16" stroke="currentColor" stroke-width="2" fill="none"/></svg>${t("menu")}</button></div>
    <ul class="wrap" id="_menu">
<#list site.menu as m>
      <li><a href="${m.url}"<#if page.url == m.url> aria-current="page"<#elseif m.section?has_content && page.url?starts_with(m.url)> aria-current="true"</#if>>${m.name}</a></li>
</#list>
    </ul>
  </nav>
</header>
