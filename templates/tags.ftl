<#import "layout.ftl" as layout>
<#import "partials/cards.ftl" as ui>
<@layout.shell>
<div class="wrap">
  <@ui.breadcrumbs items=page.breadcrumbs/>
  <header class="article-header">
    <h1>${page.title}</h1>
  </header>
  <ul class="tag-cloud">
<#list site.tags as tag>
    <li><a href="${tag.url}" rel="tag">${tag.name}</a> <span class="muted">(${tn("article_count", tag.count)})</span></li>
</#list>
  </ul>
</div>
</@layout.shell>
