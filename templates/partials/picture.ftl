<#-- A processed image (see Pictures.model): <picture> with a source per modern format, the JPEG as <img>, its size
     (no layout shift) and a blurred placeholder (a class of /css/pictures.css). Only the first image of a page loads eagerly. -->
<#-- A page's hero (a Hero: picture, alt text, focal-point class) above its title: the first picture of <main>, never lazy.
     `bleed` makes it span the window (home and section pages); `lang` is the alt text's language when it differs. -->
<#macro hero h sizes bleed=false lang="">
<div class="page-hero<#if bleed> page-hero-bleed</#if>"<#if lang?has_content> lang="${lang}"</#if>><@picture img=h.picture alt=h.alt sizes=sizes eager=true class=h.focus/></div>
</#macro>

<#macro picture img alt sizes eager=false class="">
<picture><#list img.sources as s><source type="${s.type}" srcset="${s.srcset}" sizes="${sizes}"></#list><img src="${img.src}" srcset="${img.srcset}" sizes="${sizes}" width="${img.width}" height="${img.height}" alt="${alt}" class="${img.placeholder}<#if class?has_content> ${class}</#if>"<#if eager> fetchpriority="high"<#else> loading="lazy" decoding="async"</#if>></picture>
</#macro>
