<#-- The guided tour (vr360/exhibition.yaml `tour:`): its controls on the stage, which the viewer's script
     (src/main/js/exhibition/guided.js) shows and runs, and its full text as an ordered list (the tour's twin for
     readers, screen readers and visitors without WebGL), each stop linking to its view. -->
<#macro controls ex>
<#if ex.tour?has_content>
      <button type="button" class="ex-tour-start" data-tour-start hidden>${t("exhibition_tour_start")}</button>
      <section class="ex-tour" aria-label="${t("exhibition_tour_label")}" hidden>
        <p class="ex-tour-count"></p>
        <p class="ex-tour-caption" data-tour-caption aria-live="polite"></p>
        <div class="ex-tour-controls">
          <button type="button" data-tour-prev><span class="ex-tour-icon" aria-hidden="true">‹</span> <span class="ex-tour-label">${t("exhibition_tour_prev")}</span></button>
          <button type="button" data-tour-pause><span class="ex-tour-icon" aria-hidden="true">Ⅱ</span> <span class="ex-tour-label">${t("exhibition_tour_pause")}</span></button>
          <button type="button" data-tour-next><span class="ex-tour-label">${t("exhibition_tour_next")}</span> <span class="ex-tour-icon" aria-hidden="true">›</span></button>
          <button type="button" data-tour-stop><span class="ex-tour-icon" aria-hidden="true">✕</span> <span class="ex-tour-label">${t("exhibition_tour_stop")}</span></button>
        </div>
      </section>
</#if>
</#macro>

<#macro text ex>
<#if ex.tour?has_content>
  <details class="ex-tour-text" id="_ex-tour-text">
    <summary>${t("exhibition_tour_text")}</summary>
    <ol>
<#list ex.tour as s>
      <li><a href="${s.href}"<#if s.titleLang?has_content> lang="${s.titleLang}"</#if>>${s.title}</a><#if s.exhibit??> <span class="ex-tour-room"<#if s.roomNameLang?has_content> lang="${s.roomNameLang}"</#if>>(${s.roomName})</span></#if>
        <p<#if s.textLang?has_content> lang="${s.textLang}"</#if>>${s.text}</p></li>
</#list>
    </ol>
  </details>
</#if>
</#macro>
