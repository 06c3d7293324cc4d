<footer class="site-footer">
  <div class="wrap footer-grid">
    <div>
      <p class="footer-brand">${site.name}</p>
      <p>${t("footer_about")}</p>
      <p class="muted">${t("footer_note")}</p>
    </div>
    <nav aria-label="${t("sitemap")}">
      <ul class="footer-links">
<#list site.menu as m>
        <li><a href="${m.url}">${m.name}</a></li>
</#list>
        <li><a href="${site.feedUrl}">${t("feed")}</a></li>
        <li><a href="${site.tagsUrl}">${t("all_tags")}</a></li>
      </ul>
    </nav>
    <div>
      <p class="footer-brand">${t("also_in")}</p>
      <ul class="footer-links">
<#list page.translations as l>
<#if !l.current>
        <li><a href="${l.url}" lang="${l.htmlLang}" hreflang="${l.htmlLang}">${l.name}</a></li>
</#if>
</#list>
      </ul>
    </div>
  </div>
</footer>
