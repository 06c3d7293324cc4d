<!DOCTYPE html>
<html><head><title>${content.title} | ${config.site_title}</title>
<link rel="stylesheet" href="${content.rootpath}site.css"></head>
<body>
<h1>${content.title}</h1>
<p><em>${content.date?string("dd MMMM yyyy")}</em> ${content.status}</p>
${content.body}
<#if content.tags?has_content><p>Tags: <#list content.tags as tag><a href="${content.rootpath}tags/${tag}.html">${tag}</a><#sep>, </#sep></#list></p></#if>
</body></html>
