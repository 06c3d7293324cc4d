<#include "header.ftl">
<#include "menu.ftl">
      <h1>${config.site_title}</h1>
      <p>${config.site_description}</p>

      <#list published_posts as post>
      <article>
        <h2><a href="${content.rootpath}${post.uri}">${post.title}</a></h2>
        <p class="post-meta">${post.date?string("dd MMMM yyyy")}<#if post.tags?has_content> in <#list post.tags as tag><a href="${content.rootpath}${config.tag_path}/${tag}${config.output_extension}">${tag}</a><#sep>, </#sep></#list></#if></p>
        <#if (post.summary)??>
        <p>${post.summary}</p>
        <#else>
        ${post.body}
        </#if>
      </article>
      </#list>

      <#if (numberOfPages > 1)>
      <nav class="pager">
        <#if previousFileName??><a href="${content.rootpath}${previousFileName}">Newer posts</a></#if>
        <span>Page ${currentPageNumber} of ${numberOfPages}</span>
        <#if nextFileName??><a href="${content.rootpath}${nextFileName}">Older posts</a></#if>
      </nav>
      </#if>

      <p>All posts are listed in the <a href="${content.rootpath}${config.archive_file}">archive</a>.</p>
<#include "footer.ftl">
