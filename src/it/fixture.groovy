// Shared by the integration tests' prebuild scripts: copies a fixture site of the main project's
// tests (src/test/resources/sites/NAME) into the test's folder; a fixture without templates gets
// the project's theme, as the unit tests' Fixtures.site does.
import java.nio.file.*

def copyTree(Path from, Path to) {
    Files.walk(from).forEach { p ->
        Path t = to.resolve(from.relativize(p).toString())
        if (Files.isDirectory(p)) Files.createDirectories(t) else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING)
    }
}

Path root = basedir.toPath().resolve("../../..").normalize()
Path to = basedir.toPath().resolve(target)
copyTree(root.resolve("src/test/resources/sites/" + name), to)
if (!Files.isDirectory(to.resolve("templates"))) {
    copyTree(root.resolve("templates"), to.resolve("templates"))
    for (String d : ["assets/css", "assets/img", "assets/js"]) {
        copyTree(root.resolve(d), to.resolve(d))
    }
    Files.copy(root.resolve("assets/favicon.svg"), to.resolve("assets/favicon.svg"), StandardCopyOption.REPLACE_EXISTING)
}
return to
