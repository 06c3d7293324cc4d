<?xml version="1.0"?>
<rss version="2.0"><channel>
<title>${config.site_title}</title><link>${config.site_host}</link>
<% published_posts.each { post -> %><item><title>${post.title}</title><link>${config.site_host}/${post.uri}</link><pubDate>${post.date.format("EEE, d MMM yyyy HH:mm:ss Z")}</pubDate></item>
<% } %></channel></rss>
