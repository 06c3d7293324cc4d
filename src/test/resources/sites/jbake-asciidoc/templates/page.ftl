<!DOCTYPE html>
<html><head><title>${content.title}</title></head>
<body><h1>${content.title}</h1>
<p>${content.date?string("yyyy-MM-dd")}</p>
${content.body}
<p>${db.getPublishedPosts().size()} posts</p>
</body></html>
