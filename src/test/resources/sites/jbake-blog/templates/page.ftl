<#include "header.ftl">
<#include "menu.ftl">
      <#if (content.title)??>
      <h1>${content.title}</h1>
      </#if>

      ${content.body}

      <p class="post-meta">Last updated on ${content.date?string("d MMMM yyyy")}.</p>
<#include "footer.ftl">
