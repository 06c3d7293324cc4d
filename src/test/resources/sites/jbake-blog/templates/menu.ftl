    <header class="site">
      <a href="${content.rootpath}${config.index_file}"><img src="${content.rootpath}img/logo.png" alt=""></a>
      <strong>${config.site_title}</strong>
      <nav>
        <a href="${content.rootpath}${config.index_file}">Home</a>
        <#list published_pages as page>
        <a href="${content.rootpath}${page.uri}">${page.title}</a>
        </#list>
        <a href="${content.rootpath}${config.archive_file}">Archive</a>
        <a href="${content.rootpath}${config.tag_path}/index${config.output_extension}">Tags</a>
        <a href="${content.rootpath}${config.feed_file}">Subscribe</a>
      </nav>
    </header>
    <main>
