<!DOCTYPE html>
<html><body><h1>${tag}</h1><#list tag_posts as p><p><a href="${content.rootpath}${p.uri}">${p.title}</a></p></#list></body></html>
