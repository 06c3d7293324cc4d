<!DOCTYPE html>
<html><body><#list posts as p><p>${p.title} (${p.status})</p></#list></body></html>
