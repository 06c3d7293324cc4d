<#import "layout.ftl" as l>
<@l.page>
<h1>Posts</h1>
<#list published_posts as p><p><a href="${content.rootpath}${p.noExtensionUri!p.uri}">${p.title}</a> ${p.date?string("d MMM yyyy")}</p></#list>
<h1>News</h1>
<#list published_newss as n><p><a href="${content.rootpath}${n.uri}">${n.title}</a></p></#list>
<p>${newss?size} news items, ${all_content?size} documents, paginate: ${config.index_paginate?c}</p>
<p>Java methods (JBake #357): ${db.getPublishedPages().size()} pages, ${db.getPublishedPosts().size()} posts, ${db.getDocumentCount("post")} post files, ${db.getPublishedCount("news")} news, ${db.getAllTags().size()} tags, <#list db.getPublishedContent("news") as n>${n.title};</#list> ${data.get("authors.yml").get("authors").size()} authors</p>
</@l.page>
