<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${config.site_title}</title><link>${config.site_host}/</link>
<#list published_posts as p><item><title>${p.title?xml}</title><link>${config.site_host}/${p.noExtensionUri!p.uri}</link></item></#list>
</channel></rss>
