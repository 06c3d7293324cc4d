<#-- The root page: a language chooser, also the x-default of the home pages. Every choice is written in its own language. -->
<!DOCTYPE html>
<html lang="${site.htmlLang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#list page.choices as c>${c.siteName}<#sep> · </#list></title>
<meta name="description" content="<#list page.choices as c>${c.tagline}<#sep> · </#list>">
<link rel="canonical" href="${site.baseUrl}/">
<#list page.alternates as a>
<link rel="alternate" hreflang="${a.hreflang}" href="${a.url}">
</#list>
<meta name="theme-color" content="${site.params.themeColor!"#b3202a"}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/css/site.css">
</head>
<body class="kind-chooser">
<main id="_main" class="chooser">
  <svg class="chooser-mark" viewBox="0 0 32 32" width="72" height="72" aria-hidden="true" focusable="false"><circle cx="16" cy="16" r="16" fill="#b3202a"/><g fill="#ffd166"><circle cx="16" cy="9" r="4"/><circle cx="22.7" cy="13.8" r="4"/><circle cx="20.1" cy="21.7" r="4"/><circle cx="11.9" cy="21.7" r="4"/><circle cx="9.3" cy="13.8" r="4"/></g><circle cx="16" cy="16" r="3.2" fill="#7a0f18"/></svg>
  <h1 class="visually-hidden">${page.title}</h1>
  <ul class="choices">
<#list page.choices as c>
    <li lang="${c.htmlLang}"><a href="${c.url}" hreflang="${c.htmlLang}"><span class="choice-name">${c.name}</span><span class="choice-site">${c.siteName}</span><span class="choice-tagline">${c.tagline}</span></a></li>
</#list>
  </ul>
</main>
</body>
</html>
