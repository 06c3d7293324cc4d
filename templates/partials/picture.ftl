<#-- A processed image (see Pictures.model): <picture> with a source per modern format, the JPEG as <img>, its size
     (no layout shift) and a blurred placeholder (a class of /css/pictures.css). Only the first image of a page loads eagerly. -->
<#macro picture img alt sizes eager=false class="">
<picture><#list img.sources as s><source type="${s.type}" srcset="${s.srcset}" sizes="${sizes}"></#list><img src="${img.src}" srcset="${img.srcset}" sizes="${sizes}" width="${img.width}" height="${img.height}" alt="${alt}" class="${img.placeholder}<#if class?has_content> ${class}</#if>"<#if eager> fetchpriority="high"<#else> loading="lazy" decoding="async"</#if>></picture>
</#macro>
