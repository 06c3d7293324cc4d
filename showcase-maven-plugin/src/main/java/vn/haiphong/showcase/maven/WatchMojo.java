package vn.haiphong.showcase.maven;

import org.apache.maven.plugins.annotations.Mojo;

/**
 * jbake-maven-plugin's rebuild-on-change goal. Ours rebuilds on change as part of {@code serve}
 * (only what changed, and open pages reload), so {@code watch} is {@code serve}.
 */
@Mojo(name = "watch", requiresDirectInvocation = true, requiresProject = false)
public class WatchMojo extends ServeMojo {
}
