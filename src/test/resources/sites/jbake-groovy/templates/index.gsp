<% include "header.gsp" %>
<h1>${config.site_title}</h1>
<% published_posts.take(3).each { post -> %>
<h2><a href="${post.uri}">${post.title}</a></h2>
<p>${new java.text.SimpleDateFormat("d MMM yyyy", Locale.ENGLISH).format(post.date)} - ${post.body.substring(0, 40)}…</p>
<% } %>
<% include "footer.gsp" %>
