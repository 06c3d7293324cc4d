<#import "layout.ftl" as l>
<@l.page "Archive">
<#list all_content as d><p>${d.type}: ${d.title}</p></#list>
</@l.page>
