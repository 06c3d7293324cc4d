<#include "header.ftl">
<#include "menu.ftl">
      <h1>Posts tagged “${tag}”</h1>

      <ul>
      <#list tag_posts as post>
        <li>${post.date?string("dd MMMM yyyy")} &ndash; <a href="${content.rootpath}${post.uri}">${post.title}</a></li>
      </#list>
      </ul>

      <p><a href="${content.rootpath}${config.tag_path}/index${config.output_extension}">All tags</a></p>
<#include "footer.ftl">
