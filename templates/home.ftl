<#import "layout.ftl" as layout>
<#import "partials/cards.ftl" as ui>
<#import "partials/picture.ftl" as pic>
<@layout.shell>
<#if page.hero??>
<@pic.hero h=page.hero sizes="100vw" bleed=true lang=page.fallback?then(page.textLang, "")/>
</#if>
<section class="hero<#if page.hero??> hero-under-picture</#if>" aria-labelledby="_hero">
  <div class="wrap hero-inner">
    <p class="hero-kicker">${site.name}</p>
    <h1 id="_hero">${page.params.tagline!page.title}</h1>
<#if page.description?has_content>
    <p class="hero-lead">${page.description}</p>
</#if>
  </div>
</section>
<#if page.params.figures??>
<section class="figures" aria-labelledby="_figures">
  <div class="wrap">
    <h2 id="_figures" class="visually-hidden">${t("key_figures")}</h2>
    <ul class="figure-list">
<#list page.params.figures as f>
      <li><span class="figure-value">${f.value}</span> <span class="figure-label">${f.label}</span></li>
</#list>
    </ul>
  </div>
</section>
</#if>
<div class="wrap prose home-intro">
${page.content?no_esc}
</div>
<#if site.sections.pillars??>
<section class="band" aria-labelledby="_pillars">
  <div class="wrap">
    <h2 id="_pillars">${t("explore_pillars")}</h2>
    <@ui.cards items=site.sections.pillars.pages headingLevel=3/>
  </div>
</section>
</#if>
<section class="wrap duo">
<#list ["invest", "visit"] as key>
<#if site.sections[key]??>
<#assign s = site.sections[key]>
  <div class="duo-item duo-${key}">
    <h2><a href="${s.url}">${s.title}</a></h2>
    <p>${s.description}</p>
    <ul class="link-list">
<#list s.pages as c>
      <li<#if c.fallback> lang="${c.textLang}"</#if>><a href="${c.url}">${c.shortTitle}</a></li>
</#list>
    </ul>
  </div>
</#if>
</#list>
</section>
<#if site.latest?has_content>
<section class="wrap" aria-labelledby="_news">
  <h2 id="_news">${t("latest_news")}</h2>
  <@ui.cards items=site.latest headingLevel=3/>
<#if site.sections.news??>
  <p><a class="button" href="${site.sections.news.url}">${t("all_news")} →</a></p>
</#if>
</section>
</#if>
</@layout.shell>
