<#include "header.ftl">
<#include "menu.ftl">
      <h1>Tags</h1>

      <ul>
      <#list tags?sort_by("name") as t>
        <li><a href="${content.rootpath}${t.uri}">${t.name}</a> (${t.tagged_posts?size})</li>
      </#list>
      </ul>
<#include "footer.ftl">
