<% include "header.gsp" %>
<h1>Tag: ${tag}</h1>
<ul><% tag_posts.each { post -> %><li><a href="${content.rootpath}${post.uri}">${post.title}</a></li><% } %></ul>
<% include "footer.gsp" %>
