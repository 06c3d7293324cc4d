<#-- The photo book's index (content/<lang>/photobook/_index.md is its intro): one card per chapter. -->
<#import "layout.ftl" as layout>
<#import "partials/cards.ftl" as ui>
<#import "partials/picture.ftl" as pic>
<@layout.shell>
<#if page.hero??>
<@pic.hero h=page.hero sizes="100vw" bleed=true lang=page.fallback?then(page.textLang, "")/>
</#if>
<div class="wrap photobook">
  <@ui.breadcrumbs items=page.breadcrumbs/>
  <header class="article-header" lang="${page.textLang}">
    <h1>${page.title}</h1>
<#if page.description?has_content>
    <p class="lead">${page.description}</p>
</#if>
  </header>
<#if page.content?has_content>
  <div class="prose" lang="${page.textLang}">
${page.content?no_esc}
  </div>
</#if>
  <ol class="chapter-list">
<#list page.chapters as c>
    <li class="chapter-card">
      <a class="chapter-link" href="${c.url}">
<#if c.cover??>
        <@pic.picture img=c.cover alt="" sizes="(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, calc(100vw - 2.5rem)" eager=(c?index == 0 && !page.hero??) class="chapter-cover"/>
</#if>
        <span class="chapter-number">${t("photobook_chapter_n", "number", c.number)}</span>
        <h2 class="chapter-title"<#if c.fallback> lang="${c.textLang}"</#if>>${c.shortTitle}</h2>
      </a>
<#if c.description?has_content>
      <p class="chapter-text"<#if c.fallback> lang="${c.textLang}"</#if>>${c.description}</p>
</#if>
      <p class="chapter-count">${tn("photo_count", c.count)}</p>
    </li>
</#list>
  </ol>
<#if page.printEdition??>
  <section class="print-edition" aria-labelledby="print-edition">
    <h2 id="print-edition">${t("photobook_print_title")}</h2>
    <p>${t("photobook_print_text")}</p>
    <p><a href="${page.printEdition.url}" type="application/pdf" download>${t("photobook_print_download")}</a> <span class="print-size">${page.printEdition.size}</span></p>
  </section>
</#if>
</div>
</@layout.shell>
