<#import "layout.ftl" as l>
<@l.page tag>
<h1>${tag}</h1>
<#list tagged_documents as d><p><a href="${content.rootpath}${d.uri}">${d.title}</a> (${d.type})</p></#list>
<p>${tag_posts?size} posts</p>
</@l.page>
