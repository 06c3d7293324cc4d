<#import "layout.ftl" as l>
<@l.page content.title>
<h1>News: ${content.title}</h1>
${content.body}
</@l.page>
