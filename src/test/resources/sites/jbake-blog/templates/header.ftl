<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8"/>
    <title><#if (content.title)??>${content.title} | </#if>${config.site_title}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta name="description" content="${config.site_description}">
    <meta name="author" content="${config.site_author}">
    <meta name="generator" content="JBake ${version}">
    <link href="${content.rootpath}css/style.css" rel="stylesheet">
    <link rel="alternate" type="application/rss+xml" title="${config.site_title}" href="${config.site_host}/${config.feed_file}">
  </head>
  <body>
