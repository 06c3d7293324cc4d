package vn.haiphong.showcase.cli;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.jbake.JBakeBuild;
import vn.haiphong.showcase.site.SiteBuild;

/** The one place that picks a folder's build, for every command and for serve. */
class BuildsTest {
    private static final Path SITES = Path.of("src/test/resources/sites");

    @Test
    void aFolderWithJBakePropertiesGetsTheJBakeBuildAndAnyOtherOurs() {
        assertInstanceOf(JBakeBuild.class, Builds.forFolder(SITES.resolve("jbake-blog")));
        assertInstanceOf(JBakeBuild.class, Builds.forRepeatedBuilds(SITES.resolve("jbake-features")));
        assertInstanceOf(SiteBuild.class, Builds.forFolder(SITES.resolve("mini")));
        assertInstanceOf(SiteBuild.class, Builds.forRepeatedBuilds(SITES.resolve("mini")));
    }
}
