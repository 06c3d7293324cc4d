package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.check.SiteCheck;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.testing.Fixtures;

/** `check` warns about placeholder addresses left in built pages, naming the page's file and line; the site's own address is not one. */
class PlaceholderWarningsTest {
    @TempDir
    Path tmp;

    @Test
    void placeholderAddressesAreWarningsNamingThePageFile() {
        Path site = Fixtures.site("mini", tmp);
        Fixtures.write(site.resolve("site.yaml"), Fixtures.read(site.resolve("site.yaml"))
                .replaceFirst("(?m)^baseUrl:.*$", "baseUrl: \"https://showcase.example\""));
        Fixtures.write(site.resolve("content/en/contact.md"), "---\ntitle: Contact\n---\n\nWrite to us.\n\n"
                + "Mail **press@showcase.example** or test@city.vn, see www.example.com.\n\nTODO: phone\n");
        var r = vn.haiphong.showcase.site.SiteBuild.once().run(
                new vn.haiphong.showcase.site.BuildOptions(site, null, null, false, LocalDate.of(2026, 11, 22)));
        assertTrue(r.ok(), r.errors().toString());
        SiteCheck.Result found = SiteCheck.run(site.resolve("output"), r.site(), false);
        List<ContentError> here = found.warnings().stream()
                .filter(w -> w.path().toString().endsWith("content/en/contact.md")).toList();
        assertEquals(List.of("press@showcase.example", "test@city.vn", "www.example.com", "TODO"),
                here.stream().map(w -> w.message().replaceAll("^placeholder `([^`]+)`.*$", "$1")).toList(), here.toString());
        assertEquals(7, here.get(0).line(), "the line in the page's file");
        assertEquals(9, here.get(3).line());
        assertTrue(here.get(0).message().endsWith("in en/contact/index.html"), here.get(0).message());
        assertTrue(here.get(0).hint().contains("params.contact"));
        assertTrue(found.warnings().stream().noneMatch(w -> w.message().contains("`showcase.example`")),
                "the site's own base URL is not a placeholder: " + found.warnings());
        assertTrue(found.problems().isEmpty(), "warnings do not fail the check: " + found.problems());
    }
}
