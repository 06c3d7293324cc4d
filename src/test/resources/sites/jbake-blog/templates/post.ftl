<#include "header.ftl">
<#include "menu.ftl">
      <article>
        <#if (content.title)??>
        <h1>${content.title}</h1>
        </#if>
        <p class="post-meta"><em>${content.date?string("dd MMMM yyyy")}</em><#if content.status == "draft"> (draft)</#if></p>

        ${content.body}

        <#if content.tags?has_content>
        <p class="tags">Tags:
          <#list content.tags as tag>
          <a href="${content.rootpath}${config.tag_path}/${tag}${config.output_extension}">${tag}</a><#sep>,</#sep>
          </#list>
        </p>
        </#if>
      </article>

      <#-- No previousContent/nextContent links: JBake 2.7.0 sets them unreliably (in some runs every
           post's "older" link is the newest post), so the comparison test could not rely on them.
           JBakeProjectTest checks ours. -->
<#include "footer.ftl">
