<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${config.site_title}</title>
    <link>${config.site_host}/</link>
    <atom:link href="${config.site_host}/${config.feed_file}" rel="self" type="application/rss+xml" />
    <description>${config.site_description}</description>
    <language>en-gb</language>
    <#if published_posts?has_content>
    <lastBuildDate>${published_posts[0].date?string("EEE, d MMM yyyy HH:mm:ss Z")}</lastBuildDate>
    </#if>

    <#list published_posts as post>
    <item>
      <title><#escape x as x?xml>${post.title}</#escape></title>
      <link>${config.site_host}/${post.uri}</link>
      <pubDate>${post.date?string("EEE, d MMM yyyy HH:mm:ss Z")}</pubDate>
      <guid isPermaLink="false">${post.uri}</guid>
      <#if post.tags?has_content><#list post.tags as tag>
      <category><#escape x as x?xml>${tag}</#escape></category>
      </#list></#if>
      <description><#escape x as x?xml>${post.body}</#escape></description>
    </item>
    </#list>
  </channel>
</rss>
