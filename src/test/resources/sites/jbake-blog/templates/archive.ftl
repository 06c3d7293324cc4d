<#include "header.ftl">
<#include "menu.ftl">
      <h1>Archive</h1>

      <#list published_posts as post>
        <#assign month = post.date?string("MMMM yyyy")>
        <#if month != (last_month!"")>
          <#if (last_month)??></ul></#if>
      <h2>${month}</h2>
      <ul>
        </#if>
        <li>${post.date?string("dd")} &ndash; <a href="${content.rootpath}${post.uri}">${post.title}</a></li>
        <#assign last_month = month>
      </#list>
      <#if (last_month)??></ul></#if>

      <p>Topics: <#list alltags?sequence?sort as tag><a href="${content.rootpath}${config.tag_path}/${tag}${config.output_extension}">${tag}</a><#sep> · </#sep></#list></p>
<#include "footer.ftl">
