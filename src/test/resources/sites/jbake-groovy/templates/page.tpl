yieldUnescaped '<!DOCTYPE html>'
html(lang: 'en') {
    head {
        meta(charset: 'utf-8')
        title(content.title)
    }
    body {
        h1(content.title)
        div(class: 'body') {
            yieldUnescaped content.body
        }
        ul {
            published_posts.each { post ->
                li {
                    a(href: "${content.rootpath}${post.uri}", post.title)
                }
            }
        }
        p("${db.getPublishedPosts().size()} posts in ${config.site_title}")
    }
}
