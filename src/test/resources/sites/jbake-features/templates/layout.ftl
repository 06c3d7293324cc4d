<#macro page title="">
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title><#if title?has_content>${title} | </#if>${config.site_title}</title>
<link href="${content.rootpath}site.css" rel="stylesheet"></head>
<body>
<nav><a href="${content.rootpath}${config.index_file}">Home</a>
<#list published_pages as p><a href="${content.rootpath}${p.uri}">${p.title}</a></#list>
<a href="${content.rootpath}${config.tag_path}/index${config.output_extension}">Topics</a></nav>
<main>
<#nested>
</main>
</body></html>
</#macro>
