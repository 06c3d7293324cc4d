<#import "layout.ftl" as l>
<@l.page content.title>
<h1>${content.title}</h1>
<p>${content.date?string("EEEE d MMMM yyyy")} · ${content.noExtensionUri} · ${content.uri}</p>
${content.body}
<p><#list content.tags as t><a href="${content.rootpath}${config.tag_path}/${t}${config.output_extension}">${t}</a> </#list></p>
</@l.page>
