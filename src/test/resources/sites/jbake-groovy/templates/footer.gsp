<footer>${db.getPublishedPosts().size()} posts, ${db.getPublishedPages().size()} pages</footer>
</body></html>
