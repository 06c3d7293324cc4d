<#-- embed.html: the exhibition alone, for iframes on other sites and for booths (?kiosk=1). Not indexed: the
     exhibition page is its canonical. -->
<#import "partials/picture.ftl" as pic>
<#import "partials/exhibition.ftl" as exhibition>
<!DOCTYPE html>
<html lang="${site.htmlLang}" dir="ltr" class="ex-embed-page">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ex.title} · ${site.name}</title>
<meta name="description" content="${ex.intro}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${page.canonical}">
<meta name="theme-color" content="${site.params.themeColor!"#b3202a"}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/css/site.css">
<#if site.picturesCss?has_content>
<link rel="stylesheet" href="${site.picturesCss}">
</#if>
<link rel="stylesheet" href="${ex.cssUrl}">
</head>
<body class="ex-embed-body">
<main id="_main">
<h1 class="visually-hidden">${ex.title}</h1>
<@exhibition.block ex=ex/>
<p class="ex-full"><a href="${ex.pageUrl}" target="_top">${t("exhibition_open_full")}</a></p>
</main>
</body>
</html>
