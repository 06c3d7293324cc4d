package vn.haiphong.showcase.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the site without publishing it: every content error, broken links and anchors,
 * untranslated required pages; the generator's {@code check}. Fails the Maven build on any problem.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends ShowcaseMojo {
    /** Also validate every page with the Nu Html Checker. */
    @Parameter(property = "showcase.html", defaultValue = "false")
    protected boolean html;

    /** Fail when a page marked {@code required: true} lacks a language. */
    @Parameter(property = "showcase.requireComplete", defaultValue = "false")
    protected boolean requireComplete;

    @Override
    List<String> command() {
        List<String> c = new ArrayList<>(List.of("check"));
        if (html) {
            c.add("--html");
        }
        if (requireComplete) {
            c.add("--require-complete");
        }
        return c;
    }
}
