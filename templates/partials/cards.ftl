<#-- On a page shown from another language's text (a fallback), the words of the interface around that text
     are in the visitor's language: they say so with this attribute. -->
<#macro uiLang><#if page.fallback> lang="${site.htmlLang}"</#if></#macro>

<#-- A list of page cards; a card's title and summary carry their own language (fallback items are Vietnamese),
     its date is written in the visitor's. -->
<#import "picture.ftl" as pic>
<#-- Cards below a hero are below the fold: their pictures load lazily, at the width of a grid column. The picture
     repeats what the title says (its page describes it in its hero), so it is decorative here: alt="". -->
<#macro cards items headingLevel=2>
<ul class="cards">
<#list items as c>
  <li class="card<#if c.hero??> has-picture</#if>">
<#if c.hero??>
    <div class="card-picture"<#if c.fallback> lang="${c.textLang}"</#if>><@pic.picture img=c.hero.picture alt="" sizes="(min-width: 72rem) 17rem, (min-width: 40rem) 45vw, calc(100vw - 2.5rem)" class=c.hero.focus/></div>
</#if>
    <div class="card-body">
    <h${headingLevel} class="card-title"<#if c.fallback> lang="${c.textLang}"</#if>><a href="${c.url}">${c.shortTitle}</a></h${headingLevel}>
<#if c.dateText?has_content>
    <p class="card-date"><time datetime="${c.date}">${c.dateText}</time></p>
</#if>
<#if c.description?has_content>
    <p class="card-text"<#if c.fallback> lang="${c.textLang}"</#if>>${c.description}</p>
</#if>
<#if c.fallback>
<#assign note = t("card_fallback_note", "source_language", "\x1F")?split("\x1F")>
    <p class="card-note">${note[0]}<span lang="${c.textLang}">${c.sourceLanguageName}</span>${note[1]!}</p>
</#if>
    </div>
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

<#-- An article's side column: key facts (front matter `facts:`), the page's maps, related pages (computed in PageModels).
     Nothing is written when there is nothing to show. `maps`: markup of the maps the text writes with
     `place="aside"` (page.asideMaps). -->
<#macro aside maps=[]>
<#assign showContact = (page.params.contact!false) == true && site.contact??>
<#if page.facts?has_content || page.related?has_content || maps?has_content || showContact>
  <aside class="article-aside">
<#if page.facts?has_content>
    <section class="aside-box aside-facts" aria-labelledby="_facts">
      <h2 id="_facts" class="aside-title"<@uiLang/>>${t("at_a_glance")}</h2>
      <ul class="fact-list">
<#list page.facts as f>
        <li><#if f.value?has_content><span class="fact-value">${f.value}</span> </#if><span class="fact-label">${f.label}</span></li>
</#list>
      </ul>
    </section>
</#if>
<#list maps as map>
    <div class="aside-box aside-map">${map?no_esc}</div>
</#list>
<#if showContact>
    <section class="aside-box aside-contact" aria-labelledby="_contact"<@uiLang/>>
      <h2 id="_contact" class="aside-title">${t("contact_title")}</h2>
      <address>
<#if site.contact.organization?has_content>        <p class="contact-org">${site.contact.organization}</p>
</#if><#if site.contact.address?has_content>        <p>${site.contact.address}</p>
</#if>        <dl class="contact-list">
<#if site.contact.phone?has_content>          <dt>${t("contact_phone")}</dt><dd><a href="tel:${site.contact.phone?replace(" ", "")}">${site.contact.phone}</a></dd>
</#if><#if site.contact.email?has_content>          <dt>${t("contact_email")}</dt><dd><a href="mailto:${site.contact.email}">${site.contact.email}</a></dd>
</#if><#if site.contact.website?has_content>          <dt>${t("contact_website")}</dt><dd><a href="${site.contact.website}">${site.contact.website?remove_beginning("https://")?remove_beginning("http://")}</a></dd>
</#if>        </dl>
      </address>
    </section>
</#if>
<#if page.related?has_content>
    <nav class="aside-box aside-related" aria-labelledby="_related">
      <h2 id="_related" class="aside-title"<@uiLang/>>${t("related_pages")}</h2>
      <ul class="related-list">
<#list page.related as r>
        <li<#if r.fallback> lang="${r.textLang}"</#if>><a href="${r.url}">${r.shortTitle}</a></li>
</#list>
      </ul>
    </nav>
</#if>
  </aside>
</#if>
</#macro>
