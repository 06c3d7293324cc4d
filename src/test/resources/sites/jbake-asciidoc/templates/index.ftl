<!DOCTYPE html>
<html><head><title>${config.site_title}</title></head>
<body><ul>
<#list published_posts as p><li><a href="${p.uri}">${p.title}</a> ${p.date?string("d MMM yyyy")}</li></#list>
</ul>
<p><#list published_pages as p><a href="${p.uri}">${p.title}</a></#list></p>
</body></html>
