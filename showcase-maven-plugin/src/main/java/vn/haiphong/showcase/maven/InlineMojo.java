package vn.haiphong.showcase.maven;

import org.apache.maven.plugins.annotations.Mojo;

/** jbake-maven-plugin's name for building, watching and serving: {@code serve}. */
@Mojo(name = "inline", requiresDirectInvocation = true, requiresProject = false)
public class InlineMojo extends ServeMojo {
}
