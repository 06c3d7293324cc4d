<#import "layout.ftl" as l>
<@l.page "Topics">
<#list tags?sort_by("name") as t><p><a href="${content.rootpath}${t.uri}">${t.name}</a> ${t.tagged_documents?size}</p></#list>
<p>${alltags?sequence?sort?join(", ")}</p>
</@l.page>
