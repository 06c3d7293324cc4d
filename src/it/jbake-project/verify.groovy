// JBake's output layout in jbake-maven-plugin's default output folder: pages as .html, blog
// posts under their folders, tags, feed and sitemap, assets copied.
import java.nio.file.*

Path out = basedir.toPath().resolve("target/jbake-project-1")
for (String f : ["index.html", "about.html", "contact.html", "blog/2024/cat-ba-island.html", "feed.xml", "sitemap.xml",
                 "css/style.css", "img/logo.png"]) {
    assert Files.isRegularFile(out.resolve(f)) : "missing " + f
}
assert Files.isDirectory(out.resolve("tags"))
String index = Files.readString(out.resolve("index.html"))
assert index.contains("Hai Phong Notes")
return true
