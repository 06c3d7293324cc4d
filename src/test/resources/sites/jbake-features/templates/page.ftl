<#import "layout.ftl" as l>
<@l.page content.title>
<h1>${content.title}</h1>
${content.body!}
<#if content.cities??><ul><#list content.cities as c><li>${c}</li></#list></ul></#if>
<#if content.title == "About"><ul><#list data.get("authors.yml").authors as a><li>${a.name}, ${a.role}</li></#list></ul></#if>
</@l.page>
