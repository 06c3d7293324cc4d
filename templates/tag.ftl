<#import "layout.ftl" as layout>
<#import "partials/cards.ftl" as ui>
<@layout.shell>
<div class="wrap">
  <@ui.breadcrumbs items=page.breadcrumbs/>
  <header class="article-header">
    <h1>${page.title}</h1>
  </header>
  <@ui.cards items=page.pages headingLevel=2/>
  <@ui.pager p=page.pager/>
  <p><a href="${site.tagsUrl}">${t("all_tags")}</a></p>
</div>
</@layout.shell>
