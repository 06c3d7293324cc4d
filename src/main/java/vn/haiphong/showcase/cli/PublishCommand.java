package vn.haiphong.showcase.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3Client;
import vn.haiphong.showcase.publish.Publisher;
import vn.haiphong.showcase.publish.S3Location;
import vn.haiphong.showcase.publish.Storage;
import vn.haiphong.showcase.jbake.JBakeBuild;

@Command(name = "publish", description = {
        "Uploads SITE/output (as the last build left it) to an S3-compatible bucket: only new and changed files,",
        "assets before pages, deletions last. Credentials: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE."})
final class PublishCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--to", required = true, paramLabel = "s3://BUCKET/PREFIX", description = "where to publish")
    String to;

    @Option(names = "--endpoint", required = true, paramLabel = "URL", description = "the S3-compatible server, e.g. http://127.0.0.1:9000")
    URI endpoint;

    @Option(names = "--region", paramLabel = "R", description = "signing region (default: AWS_REGION, the profile's, or us-east-1)")
    String region;

    @Option(names = "--dry-run", description = "print the plan (uploads, header updates, deletions, bytes) and change nothing")
    boolean dryRun;

    @Option(names = "--max-deletes", paramLabel = "N", defaultValue = "256", description = "refuse to delete more files than this (default: ${DEFAULT-VALUE})")
    int maxDeletes;

    @Option(names = "--force", description = "delete even more than --max-deletes files")
    boolean force;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8", description = "requests at once (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--verbose", description = "print every file sent")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Path dir;
        S3Location location;
        try {
            dir = site.dir();
            location = S3Location.parse(to);
        } catch (SiteOptions.UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.USAGE;
        }
        if (endpoint.getScheme() == null || !endpoint.getScheme().startsWith("http") || endpoint.getHost() == null) {
            err.println("error: --endpoint must be an http(s) URL, e.g. http://127.0.0.1:9000");
            return Main.USAGE;
        }
        if (concurrency < 1 || maxDeletes < 0) {
            err.println("error: --concurrency must be at least 1 and --max-deletes at least 0");
            return Main.USAGE;
        }
        if (JBakeBuild.isProject(dir)) {
            err.println("error: " + dir + " is a JBake project: its build keeps JBake's output as it is, without the"
                    + " fingerprints, compressed files and manifest publish needs — upload its output/ with"
                    + " your usual tool (e.g. `aws s3 sync`)");
            return Main.USAGE;
        }
        Path output = dir.resolve("output");
        if (!Files.isDirectory(output)) {
            err.println("error: " + output + " does not exist: run `build` first");
            return Main.USAGE;
        }
        if (!Files.isRegularFile(output.resolve(".publish.json"))) {
            err.println("error: " + output + " has no .publish.json: the site was built with `cdn: false` in site.yaml"
                    + " (or by an older version); remove that line and run `build` again before publishing");
            return Main.USAGE;
        }
        try (S3Client s3 = Storage.client(endpoint, Storage.region(region), Storage.standardCredentials(), concurrency)) {
            new Publisher(s3, endpoint.toString(), spec.commandLine().getOut())
                    .publish(new Publisher.Options(output, location, dryRun, maxDeletes, force, concurrency, verbose));
            return Main.OK;
        } catch (Publisher.PublishException e) {
            spec.commandLine().getOut().flush();
            err.println("error: " + e.getMessage());
            return Main.USAGE;
        }
    }
}
