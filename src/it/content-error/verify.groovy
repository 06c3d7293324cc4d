// The build failed with the content error's file and line, and nothing was written.
import java.nio.file.*

String log = Files.readString(basedir.toPath().resolve("build.log"))
assert log.contains("content/vi/about.md:2") : "the error must name the file and line"
assert log.contains("has errors (listed above)")
assert !log.contains("at vn.haiphong") : "no stack trace"
assert !Files.exists(basedir.toPath().resolve("target/content-error-1/vi/index.html"))
return true
