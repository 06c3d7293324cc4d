<% include "header.gsp" %>
<article>
<h1>${content.title}</h1>
<p><em>${content.date.format("dd MMMM yyyy")}</em></p>
${content.body}
<% if (content.tags) { %><p>Tags: <% content.tags.eachWithIndex { tag, i -> %><a href="${content.rootpath}tags/${tag}.html">${tag}</a><% if (i < content.tags.size() - 1) { %>, <% } } %></p><% } %>
</article>
<% include "footer.gsp" %>
