<#import "layout.ftl" as layout>
<#import "partials/cards.ftl" as ui>
<#import "partials/picture.ftl" as pic>
<#-- An article: its hero above the title, the text, and at 64rem and wider a side column (key facts, the page's map,
     related pages); on a phone the side column follows the text. -->
<@layout.shell>
<article class="wrap article" lang="${page.textLang}">
  <@ui.breadcrumbs items=page.breadcrumbs/>
  <div class="article-grid">
  <div class="article-main">
<#if page.hero??>
  <@pic.hero h=page.hero sizes="(min-width: 72rem) 48rem, (min-width: 64rem) 66vw, calc(100vw - 2.5rem)"/>
</#if>
  <header class="article-header">
    <h1>${page.title}</h1>
<#if page.description?has_content>
    <p class="lead">${page.description}</p>
</#if>
    <p class="meta"<@ui.uiLang/>>
<#if page.dateText?has_content><time datetime="${page.date}">${t("published_on", "date", page.dateText)}</time> · </#if>${tn("minutes_read", page.readingMinutes)}
    </p>
  </header>
<#if (page.toc?size >= 3)>
  <nav class="toc" aria-labelledby="_toc">
    <h2 id="_toc"<@ui.uiLang/>>${t("on_this_page")}</h2>
    <ol>
<#list page.toc as h>
      <li><a href="#${h.id}">${h.html?no_esc}</a></li>
</#list>
    </ol>
  </nav>
</#if>
  <div class="prose">
${page.content?no_esc}
  </div>
<#if page.tags?has_content>
  <footer class="tags">
    <h2 class="tags-title"<@ui.uiLang/>>${t("tags")}</h2>
    <ul>
<#list page.tags as tag>
      <li><a href="${tag.url}" rel="tag">${tag.name}</a></li>
</#list>
    </ul>
  </footer>
</#if>
  </div>
  <@ui.aside maps=page.asideMaps/>
  </div>
</article>
</@layout.shell>
