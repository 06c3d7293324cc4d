<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list published_content as doc>
  <url>
    <loc>${config.site_host}/${doc.uri}</loc>
    <lastmod>${doc.date?string("yyyy-MM-dd")}</lastmod>
  </url>
</#list>
</urlset>
