// The tests' mini site with a broken front matter in one page.
import java.nio.file.*

def shell = new GroovyShell(new Binding([basedir: basedir, name: "mini", target: "site"]))
Path site = shell.evaluate(new File(basedir, "../../../src/it/fixture.groovy"))
Files.writeString(site.resolve("content/vi/about.md"), "---\ntitle: [unclosed\n---\nText.\n")
return true
