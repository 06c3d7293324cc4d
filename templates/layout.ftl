<#-- Element ids in templates start with "_": heading ids made from page text never do, so they cannot collide. -->
<#-- The one layout: <@layout.shell>…</@layout.shell> wraps every page's main content. -->
<#macro shell>
<!DOCTYPE html>
<html lang="${site.htmlLang}" dir="ltr">
<head>
<#include "partials/head.ftl">
</head>
<body class="kind-${page.kind}">
<a class="skip-link" href="#_main">${t("skip_to_content")}</a>
<#include "partials/header.ftl">
<main id="_main" tabindex="-1">
<#if page.fallback>
<#-- the source language's name is written in that language, so it carries its lang -->
<#assign notice = t("fallback_notice", "language", page.languageName, "source_language", "\x1F")?split("\x1F")>
<div class="wrap"><p class="notice" role="note">${notice[0]}<span lang="${page.textLang}">${page.sourceLanguageName}</span>${notice[1]!}</p></div>
</#if>
<#nested>
</main>
<#include "partials/footer.ftl">
<#if page.lightbox??>
<#-- a page with a :::gallery opens its pictures in the photo book's lightbox -->
<script type="module" src="${page.lightbox.js}"></script>
</#if>
</body>
</html>
</#macro>
