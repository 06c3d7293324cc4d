package vn.haiphong.showcase.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** jbake-maven-plugin's name for {@code build}, so its executions keep working after the switch. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends BuildMojo {
}
