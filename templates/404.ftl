<#import "layout.ftl" as layout>
<@layout.shell>
<div class="wrap article not-found">
  <h1>${page.title}</h1>
  <p class="lead">${t("not_found_text")}</p>
  <p><a class="button" href="${site.homeUrl}">${t("back_home")}</a></p>
  <ul class="link-list">
<#list site.menu as m>
    <li><a href="${m.url}">${m.name}</a></li>
</#list>
  </ul>
</div>
</@layout.shell>
