<#-- The exhibition block shared by the exhibition page and embed.html (see ExhibitionPages): rooms with their exhibits
     as an HTML list that works without JavaScript or WebGL (a gallery), which the page script turns into the 360° tour. The stage
     shows a still of the first room until the viewer is started; a video's poster waits in data-poster, and its captions'
     default in data-default, until its figure is shown (a hidden figure would fetch both), and the list's thumbnails load lazily at their 88 px. -->
<#import "/partials/tour.ftl" as tour>
<#macro block ex>
<div class="ex" id="_ex" data-embed="${ex.embed?c}">
  <div class="ex-stage">
    <div class="ex-viewer" id="_ex-viewer" role="region" aria-label="${t("exhibition_viewer_label")}">
      <img class="ex-still" src="${ex.still.src}" alt="" width="${ex.still.width?c}" height="${ex.still.height?c}" fetchpriority="high">
      <button type="button" class="ex-start" hidden>${t("exhibition_start")}</button>
<@tour.controls ex=ex/>
    </div>
  </div>
  <nav class="ex-rooms" aria-label="${t("exhibition_rooms")}">
    <ul>
<#list ex.rooms as r>
      <li><a href="#room=${r.id}" data-room="${r.id}"<#if r.nameLang?has_content> lang="${r.nameLang}"</#if>>${r.name}</a></li>
</#list>
    </ul>
  </nav>
  <nav class="ex-langs" aria-label="${t("language")}">
    <ul>
<#list ex.langs as l>
      <li><a href="${l.href}" hreflang="${l.htmlLang}" lang="${l.htmlLang}" data-lang="${l.code}"<#if l.current> aria-current="true"</#if>>${l.name}</a></li>
</#list>
    </ul>
  </nav>
<#list ex.rooms as r>
  <section class="ex-room<#if r.first> ex-room--first</#if>" id="_ex-room-${r.id}" data-room="${r.id}" aria-labelledby="_ex-room-${r.id}-h">
    <h2 id="_ex-room-${r.id}-h"<#if r.nameLang?has_content> lang="${r.nameLang}"</#if>>${r.name}</h2>
<#if r.intro?has_content>
    <p class="ex-intro"<#if r.introLang?has_content> lang="${r.introLang}"</#if>>${r.intro}</p>
</#if>
<#if r.note?has_content>
    <p class="ex-hall-note"<#if r.noteLang?has_content> lang="${r.noteLang}"</#if>>${r.note}</p>
</#if>
    <ol class="ex-list" aria-label="${t("exhibition_exhibits")}">
<#list r.exhibits as x>
      <li class="ex-item" data-exhibit="${x.id}" data-type="${x.type}">
        <a class="ex-open" href="${x.href}"<#if x.titleLang?has_content> lang="${x.titleLang}"</#if>>
<#if x.picture??>
          <@pic.picture img=x.picture alt="" sizes="88px" class="ex-thumb"/>
</#if>
          <span class="ex-title">${x.title}</span><#if x.type == "video"> <span class="ex-kind">(${t("exhibition_video")})</span></#if>
        </a>
        <figure class="ex-figure" id="${x.figureId}" hidden>
<#if x.video??>
          <video controls muted playsinline preload="none" data-poster="${x.video.poster}" width="${x.video.width?c}" height="${x.video.height?c}">
            <source src="${x.video.src}" type="${x.video.type}">
<#list x.video.tracks as tr>
            <track kind="captions" src="${tr.src}" srclang="${tr.srclang}" label="${tr.label}"<#if tr.default> data-default</#if>>
</#list>
          </video>
<#elseif x.picture??>
          <@pic.picture img=x.picture alt=x.title sizes="(min-width: 60rem) 50rem, 100vw"/>
</#if>
          <figcaption><span class="ex-fig-title"<#if x.titleLang?has_content> lang="${x.titleLang}"</#if>>${x.title}</span> <span class="ex-caption"<#if x.captionLang?has_content> lang="${x.captionLang}"</#if>>${x.caption}</span><#if x.credit?has_content> <span class="ex-credit"<#if x.creditLang?has_content> lang="${x.creditLang}"</#if>>${x.credit}</span></#if></figcaption>
        </figure>
      </li>
</#list>
    </ol>
  </section>
</#list>
  <script type="application/json" id="_ex-data">${ex.json?no_esc}</script>
</div>
<script type="module" src="${ex.jsUrl}"></script>
</#macro>
