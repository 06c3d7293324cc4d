<#-- /404.html: what a CDN serves for a missing address outside every language folder. It cannot know the visitor's
     language, so it speaks all five, each block in its own language: the message, its home page, its sections and,
     when the site has one, its search page. Every link is absolute from the root: this page is served at any path. -->
<!DOCTYPE html>
<html lang="${site.htmlLang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#list page.choices as c>${c.notFoundTitle}<#sep> · </#list></title>
<meta name="robots" content="noindex">
<meta name="theme-color" content="${site.params.themeColor!"#b3202a"}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/css/site.css">
</head>
<body class="kind-chooser kind-root-404">
<main id="_main" class="chooser not-found-root">
  <svg class="chooser-mark" viewBox="0 0 32 32" width="72" height="72" aria-hidden="true" focusable="false"><circle cx="16" cy="16" r="16" fill="#b3202a"/><g fill="#ffd166"><circle cx="16" cy="9" r="4"/><circle cx="22.7" cy="13.8" r="4"/><circle cx="20.1" cy="21.7" r="4"/><circle cx="11.9" cy="21.7" r="4"/><circle cx="9.3" cy="13.8" r="4"/></g><circle cx="16" cy="16" r="3.2" fill="#7a0f18"/></svg>
  <h1>404</h1>
  <ul class="not-found-langs">
<#list page.choices as c>
    <li lang="${c.htmlLang}">
      <h2 class="not-found-title">${c.notFoundTitle}</h2>
      <p>${c.notFoundText}</p>
      <p class="not-found-actions"><a class="button" href="${c.url}" hreflang="${c.htmlLang}">${c.backHome} · ${c.name}</a><#if c.searchUrl?has_content> <a href="${c.searchUrl}" hreflang="${c.htmlLang}">${c.searchLabel}</a></#if></p>
      <ul class="link-list not-found-menu">
<#list c.menu as m>
        <li><a href="${m.url}" hreflang="${c.htmlLang}">${m.name}</a></li>
</#list>
      </ul>
    </li>
</#list>
  </ul>
</main>
</body>
</html>
