<#-- The exhibition page: the page's own text, the VR360 exhibition (partials/exhibition.ftl), and the Embed box. -->
<#import "layout.ftl" as layout>
<#import "partials/cards.ftl" as ui>
<#import "partials/picture.ftl" as pic>
<#import "partials/exhibition.ftl" as exhibition>
<#import "partials/tour.ftl" as tour>
<@layout.shell>
<#if page.hero??>
<@pic.hero h=page.hero sizes="100vw" bleed=true lang=page.fallback?then(page.textLang, "")/>
</#if>
<article class="wrap exhibition" lang="${page.textLang}">
  <@ui.breadcrumbs items=page.breadcrumbs/>
  <header class="article-header">
    <h1>${page.title}</h1>
<#if ex.intro?has_content>
    <p class="lead"<#if ex.introLang?has_content> lang="${ex.introLang}"</#if>>${ex.intro}</p>
</#if>
  </header>
</article>
<div class="wrap-wide">
<@exhibition.block ex=ex/>
</div>
<div class="wrap">
<@tour.text ex=ex/>
<#if page.content?has_content>
  <div class="prose" lang="${page.textLang}">
${page.content?no_esc}
  </div>
</#if>
  <#-- for site owners, not tourists: folded away -->
  <details class="ex-embed">
    <summary>${t("exhibition_embed_summary")}</summary>
    <p id="_ex-embed-help">${t("exhibition_embed_help")}</p>
    <textarea id="_ex-snippet" class="ex-snippet" readonly rows="4" aria-label="${t("exhibition_embed")}" aria-describedby="_ex-embed-help">${ex.snippet}</textarea>
    <p><button type="button" class="ex-copy" data-copy="_ex-snippet" data-copied="${t("exhibition_copied")}">${t("exhibition_copy")}</button> <a href="${ex.embedUrl}">${t("exhibition_open_embed")}</a></p>
  </details>
</div>
</@layout.shell>
