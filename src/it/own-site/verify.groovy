// `build` wrote the site into target/own-site-1 (jbake-maven-plugin's default output folder),
// `check` ran after it and passed.
import java.nio.file.*

Path out = basedir.toPath().resolve("target/own-site-1")
for (String page : ["vi/index.html", "en/index.html", "ja/index.html", "vi/about/index.html", "index.html", "vi/sitemap.xml"]) {
    assert Files.isRegularFile(out.resolve(page)) : "missing " + page
}
String about = Files.readString(out.resolve("vi/about/index.html"))
assert about.contains('lang="vi"')
String log = Files.readString(basedir.toPath().resolve("build.log"))
assert log.contains("showcase-maven-plugin") && log.contains(":check")
assert !Files.exists(basedir.toPath().resolve("site/output")) : "the build must write to outputDirectory, not into the site"
return true
