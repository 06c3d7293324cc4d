<#import "layout.ftl" as layout>
<#import "partials/cards.ftl" as ui>
<#import "partials/picture.ftl" as pic>
<@layout.shell>
<#if page.hero??>
<@pic.hero h=page.hero sizes="100vw" bleed=true lang=page.fallback?then(page.textLang, "")/>
</#if>
<div class="wrap">
  <@ui.breadcrumbs items=page.breadcrumbs/>
  <header class="article-header" lang="${page.textLang}">
    <h1>${page.title}</h1>
<#if page.description?has_content>
    <p class="lead">${page.description}</p>
</#if>
  </header>
<#if page.pager.number == 1 && page.content?has_content>
  <div class="prose" lang="${page.textLang}">
${page.content?no_esc}
  </div>
</#if>
<#if page.pages?has_content>
  <h2 class="visually-hidden">${t("in_this_section")}</h2>
  <@ui.cards items=page.pages headingLevel=3/>
  <@ui.pager p=page.pager/>
</#if>
</div>
</@layout.shell>
