<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if page.kind == "home">${site.name} – ${site.tagline}<#else>${page.title} · ${site.name}</#if></title>
<meta name="description" content="${page.description}">
<link rel="canonical" href="${page.canonical}">
<#list page.alternates as a>
<link rel="alternate" hreflang="${a.hreflang}" href="${a.url}">
</#list>
<link rel="alternate" type="application/atom+xml" title="${t("feed")}" href="${site.feedUrl}">
<meta property="og:site_name" content="${site.name}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:type" content="${page.ogType}">
<meta property="og:url" content="${page.canonical}">
<meta property="og:locale" content="${page.textLang?replace("-Hans", "")?replace("-", "_")}">
<#if page.shareImage.url??>
<meta property="og:image" content="${page.shareImage.url}">
<#if page.shareImage.width?has_content>
<meta property="og:image:width" content="${page.shareImage.width}">
<meta property="og:image:height" content="${page.shareImage.height}">
</#if>
<meta property="og:image:alt" content="${page.shareImage.alt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="${page.shareImage.url}">
<#else>
<meta name="twitter:card" content="summary">
</#if>
<meta name="twitter:title" content="${page.title}">
<meta name="twitter:description" content="${page.description}">
<meta name="theme-color" content="${site.params.themeColor!"#b3202a"}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<#if page.kind == "home">
<#-- the hero's two CSS backgrounds (skyline, flowers) make the home page's largest paint: fetch them with the stylesheet, not after it -->
<link rel="preload" as="image" href="/img/harbour-skyline.svg" type="image/svg+xml" fetchpriority="high">
<link rel="preload" as="image" href="/img/flamboyant.svg" type="image/svg+xml" fetchpriority="high">
</#if>
<link rel="stylesheet" href="/css/site.css">
<script type="module" src="/js/menu.js"></script>
<#if site.picturesCss?has_content>
<link rel="stylesheet" href="${site.picturesCss}">
</#if>
<#if page.chapter??>
<link rel="stylesheet" href="${page.chapter.lightboxCss}">
</#if>
<#if ex??>
<link rel="stylesheet" href="${ex.cssUrl}">
<link rel="alternate" type="application/json+oembed" href="${ex.oembedUrl}" title="${ex.title}">
</#if>
<#if page.jsonLd?has_content>
<script type="application/ld+json">${page.jsonLd?no_esc}</script>
</#if>
