<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${content.title ?: config.site_title}</title>
<link rel="stylesheet" href="${content.rootpath}site.css">
</head><body>
<nav><a href="${content.rootpath}index.html">Home</a> | <a href="${content.rootpath}archive.html">Archive</a></nav>
