package vn.haiphong.showcase.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --site DIR} option every command shares. */
final class SiteOptions {
    @Option(names = "--site", paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path site = Path.of(".");

    /** The site folder; throws {@link UsageException} (exit code 2 through {@link Main}) when it is not a site. */
    Path dir() {
        Path d = site.toAbsolutePath().normalize();
        if (!Files.isDirectory(d)) {
            throw new UsageException("site folder " + d + " does not exist — run the command in the site folder"
                    + " or pass its path with --site DIR");
        }
        if (!Files.isRegularFile(d.resolve("site.yaml")) && !Files.isRegularFile(d.resolve("jbake.properties"))) {
            throw new UsageException(d + " is not a site: it has neither site.yaml nor jbake.properties"
                    + " (run the command in the site folder or pass --site DIR)");
        }
        return d;
    }

    /** A problem with how the command was called or with the machine; exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
