<?xml version="1.0"?>
<rss version="2.0"><channel><title>${config.site_title}</title><link>${config.site_host}</link>
<#list published_posts as p><item><title>${p.title}</title><link>${config.site_host}/${p.uri}</link><pubDate>${p.date?string("EEE, d MMM yyyy HH:mm:ss Z")}</pubDate></item>
</#list></channel></rss>
