<#-- A processed image (see Pictures.model): <picture> with a source per modern format, the JPEG as <img>, its size
     (no layout shift) and a blurred placeholder. Only the first image of a page loads eagerly. -->
<#macro picture img alt sizes eager=false class="">
<picture><#list img.sources as s><source type="${s.type}" srcset="${s.srcset}" sizes="${sizes}"></#list><img src="${img.src}" srcset="${img.srcset}" sizes="${sizes}" width="${img.width}" height="${img.height}" alt="${alt}"<#if class?has_content> class="${class}"</#if><#if eager> fetchpriority="high"<#else> loading="lazy" decoding="async"</#if> style="${img.style}"></picture>
</#macro>
