<% include "header.gsp" %>
<ul>
<% published_posts.each { post -> %><li>${post.date.format("yyyy-MM-dd")} <a href="${post.uri}">${post.title}</a></li>
<% } %></ul>
<% include "footer.gsp" %>
