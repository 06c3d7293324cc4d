<#-- A photo-book chapter: intro, a gallery that works without JavaScript (each photo links to its largest JPEG, with
     its caption in a <figcaption>), the lightbox on top of it, and the way to the chapters before and after. -->
<#import "layout.ftl" as layout>
<#import "partials/cards.ftl" as ui>
<#import "partials/picture.ftl" as pic>
<@layout.shell>
<#assign ch = page.chapter>
<article class="wrap photobook-chapter" lang="${page.textLang}">
  <@ui.breadcrumbs items=page.breadcrumbs/>
  <header class="article-header">
    <p class="chapter-kicker"<@ui.uiLang/>>${t("photobook_chapter_n", "number", ch.number)}</p>
    <h1>${page.title}</h1>
<#if page.description?has_content>
    <p class="lead">${page.description}</p>
</#if>
  </header>
<#if page.content?has_content>
  <div class="prose">
${page.content?no_esc}
  </div>
</#if>
  <h2 class="visually-hidden"<@ui.uiLang/>>${t("photobook_photos")}</h2>
<#if ch.credit?has_content>
  <p class="chapter-credit">${ch.credit}</p>
</#if>
  <ol class="gallery" data-lightbox data-close="${t("lightbox_close")}" data-zoom="${t("lightbox_zoom")}" data-prev="${t("lightbox_previous")}" data-next="${t("lightbox_next")}" data-error="${t("lightbox_error")}">
<#list ch.photos as p>
    <li>
      <figure class="photo" id="${p.id}">
        <a class="photo-link" href="${p.large.src}" data-pswp-width="${p.large.width}" data-pswp-height="${p.large.height}" data-pswp-srcset="${p.srcset}">
          <@pic.picture img=p alt=p.alt sizes="(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, calc(100vw - 2.5rem)" eager=(p?index == 0)/>
        </a>
        <figcaption<#if p.foreign> lang="${p.lang}"</#if>><span class="photo-number">${p.number}.</span> ${p.caption}<#if p.credit?has_content> <span class="photo-credit">${p.credit}</span></#if></figcaption>
      </figure>
    </li>
</#list>
  </ol>
  <nav class="chapter-nav" aria-label="${t("photobook_chapters")}"<@ui.uiLang/>>
<#if ch.previous??>
    <a class="chapter-prev" rel="prev" href="${ch.previous.url}"><span class="chapter-nav-label">← ${t("photobook_previous")}</span> <span<#if ch.previous.fallback> lang="${ch.previous.textLang}"</#if>>${ch.previous.shortTitle}</span></a>
<#else>
    <span></span>
</#if>
<#if ch.index??>
    <a class="chapter-all" href="${ch.index}">${t("photobook_all_chapters")}</a>
</#if>
<#if ch.next??>
    <a class="chapter-next" rel="next" href="${ch.next.url}"><span class="chapter-nav-label">${t("photobook_next")} →</span> <span<#if ch.next.fallback> lang="${ch.next.textLang}"</#if>>${ch.next.shortTitle}</span></a>
<#else>
    <span></span>
</#if>
  </nav>
</article>
<script type="module" src="${ch.lightboxJs}"></script>
</@layout.shell>
