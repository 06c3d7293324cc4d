<#-- On a page shown from another language's text (a fallback), the words of the interface around that text
     are in the visitor's language: they say so with this attribute. -->
<#macro uiLang><#if page.fallback> lang="${site.htmlLang}"</#if></#macro>

<#-- A list of page cards; a card's title and summary carry their own language (fallback items are Vietnamese),
     its date is written in the visitor's. -->
<#macro cards items headingLevel=2>
<ul class="cards">
<#list items as c>
  <li class="card">
    <h${headingLevel} class="card-title"<#if c.fallback> lang="${c.textLang}"</#if>><a href="${c.url}">${c.shortTitle}</a></h${headingLevel}>
<#if c.dateText?has_content>
    <p class="card-date"><time datetime="${c.date}">${c.dateText}</time></p>
</#if>
<#if c.description?has_content>
    <p class="card-text"<#if c.fallback> lang="${c.textLang}"</#if>>${c.description}</p>
</#if>
  </li>
</#list>
</ul>
</#macro>

<#macro pager p>
<#if p.total gt 1>
<nav class="pager" aria-label="${t("pagination")}">
<#if p.prev?has_content><a rel="prev" href="${p.prev}">← ${t("newer")}</a><#else><span></span></#if>
  <span>${t("page_of", "page", p.number, "pages", p.total)}</span>
<#if p.next?has_content><a rel="next" href="${p.next}">${t("older")} →</a><#else><span></span></#if>
</nav>
</#if>
</#macro>

<#macro breadcrumbs items>
<#if items?has_content>
<nav class="breadcrumbs" aria-label="${t("breadcrumb")}"<@uiLang/>>
  <ol>
<#list items as b>
    <li><a href="${b.url}">${b.title}</a></li>
</#list>
  </ol>
</nav>
</#if>
</#macro>
