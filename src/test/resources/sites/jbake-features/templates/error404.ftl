<#import "layout.ftl" as l>
<@l.page "Not found">
<h1>Not found</h1><p>Try the <a href="${content.rootpath}${config.archive_file}">archive</a>.</p>
</@l.page>
