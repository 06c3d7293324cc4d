package vn.haiphong.showcase.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.haiphong.showcase.output.OutputDir;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;
import vn.haiphong.showcase.site.SiteBuild;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import vn.haiphong.showcase.testing.FaultyProxy;
import vn.haiphong.showcase.testing.Fixtures;
import vn.haiphong.showcase.testing.S3ProxyServer;
import vn.haiphong.showcase.cdn.HeaderRules;
import vn.haiphong.showcase.cdn.Manifest;

/**
 * {@code publish} against a real S3-compatible server (S3Proxy on 127.0.0.1, signatures checked):
 * first publish, no-op republish, one edited page, a header-only change, capped deletions, a
 * dry run, a publish killed half-way and resumed, and refused credentials.
 */
class PublishTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final AtomicInteger BUCKETS = new AtomicInteger();

    @TempDir
    static Path serverDir;
    static S3ProxyServer s3;

    @TempDir
    Path tmp;
    Path site;
    Path out;
    String bucket;
    S3Location to;

    @BeforeAll
    static void startServer() throws Exception {
        s3 = new S3ProxyServer(serverDir);
    }

    @AfterAll
    static void stopServer() {
        if (s3 != null) {
            s3.close();
        }
    }

    @BeforeEach
    void setUp() {
        site = Fixtures.site("mini", tmp);
        out = site.resolve("output");
        bucket = "site-" + BUCKETS.incrementAndGet();
        s3.createBucket(bucket);
        to = S3Location.parse("s3://" + bucket + "/www");
        build();
    }

    private void build() {
        BuildResult r = SiteBuild.once().run(new BuildOptions(site, null, null, false, TODAY));
        assertTrue(r.ok(), r.errors().toString());
    }

    private final StringWriter log = new StringWriter();

    private Publisher.Plan publish(boolean dryRun, int maxDeletes, boolean force) {
        return new Publisher(s3.client(), s3.endpoint().toString(), new PrintWriter(log, true))
                .publish(new Publisher.Options(out, to, dryRun, maxDeletes, force, 4, false));
    }

    private Publisher.Plan publish() {
        return publish(false, 256, false);
    }

    /** The bucket under the prefix, without the publish index: key → bytes. */
    private Map<String, byte[]> bucketFiles() {
        Map<String, byte[]> files = new TreeMap<>();
        s3.contents(bucket).forEach((k, v) -> {
            if (!k.equals(PublishIndex.key(to))) {
                files.put(k.substring(to.prefix().length()), v);
            }
        });
        return files;
    }

    private void assertBucketEqualsOutput() {
        Map<String, byte[]> local = Fixtures.snapshot(out);
        local.remove(Manifest.FILE);
        local.remove(Manifest.HEADERS_FILE);
        local.remove(OutputDir.MARKER);
        Map<String, byte[]> remote = bucketFiles();
        assertEquals(local.keySet(), remote.keySet());
        for (String k : local.keySet()) {
            assertArrayEquals(local.get(k), remote.get(k), k);
        }
    }

    private static Set<String> paths(List<Publisher.Change> changes) {
        Set<String> s = new TreeSet<>();
        changes.forEach(c -> s.add(c.path()));
        return s;
    }

    private HeadObjectResponse head(String path) {
        return s3.client().headObject(r -> r.bucket(bucket).key(to.key(path)));
    }

    private String stylesheet() throws Exception {
        try (var s = Files.list(out.resolve("css"))) {
            return "css/" + s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("site.") && n.endsWith(".css")).findFirst().orElseThrow();
        }
    }

    @Test
    void theFirstPublishSendsEveryFileWithItsHeaders() throws Exception {
        Publisher.Plan plan = publish();
        assertEquals(0, plan.deletes().size());
        assertBucketEqualsOutput();
        assertFalse(s3.contents(bucket).containsKey(to.key(Manifest.FILE)), "the manifest is not published");
        assertFalse(s3.contents(bucket).containsKey(to.key(Manifest.HEADERS_FILE)), "nor the headers file");
        // the build's marker stays at home: not in the manifest, not in _headers, not in the bucket
        assertTrue(Files.isRegularFile(out.resolve(OutputDir.MARKER)));
        assertFalse(s3.contents(bucket).containsKey(to.key(OutputDir.MARKER)), "nor the build's marker");
        assertFalse(Manifest.read(out.resolve(Manifest.FILE)).files().containsKey(OutputDir.MARKER));
        assertFalse(Files.readString(out.resolve(Manifest.HEADERS_FILE)).contains(OutputDir.MARKER));

        Manifest m = Manifest.read(out.resolve(Manifest.FILE));
        HeadObjectResponse page = head("en/about/index.html");
        assertEquals("text/html;charset=utf-8", page.contentType().replace(" ", ""), "servers may drop the space");
        assertEquals(HeaderRules.REVALIDATE, page.cacheControl());
        assertEquals(m.files().get("en/about/index.html").sha256(), page.metadata().get("sha256"));
        assertEquals(m.files().get("en/about/index.html").headersHash(), page.metadata().get("headers"));
        String css = stylesheet();
        assertEquals(HeaderRules.IMMUTABLE, head(css).cacheControl());
        HeadObjectResponse br = head(css + ".br");
        assertEquals("br", br.contentEncoding());
        assertEquals("text/css;charset=utf-8", br.contentType().replace(" ", ""));
        assertEquals("gzip", head("en/index.html.gz").contentEncoding());
        assertEquals("application/atom+xml;charset=utf-8", head("en/feed.xml").contentType().replace(" ", ""));

        // assets went up before the pages that use them
        List<String> order = new ArrayList<>(paths(plan.assets()));
        assertTrue(order.contains(css) && plan.documents().stream().noneMatch(c -> c.path().equals(css)));
        assertTrue(plan.documents().stream().allMatch(c -> c.entry().document()));
        assertTrue(log.toString().contains("published " + plan.uploads() + " files"), log.toString());
    }

    @Test
    void aRepublishWithoutChangesSendsNothingWithOrWithoutTheIndex() {
        publish();
        Publisher.Plan again = publish();
        assertEquals(0, again.uploads());
        assertEquals(0, again.headerUpdates());
        assertEquals(0, again.deletes().size());
        // without the index every object's metadata is asked for: still nothing to send
        s3.client().deleteObject(r -> r.bucket(bucket).key(PublishIndex.key(to)));
        Publisher.Plan noIndex = publish();
        assertEquals(0, noIndex.uploads() + noIndex.headerUpdates() + noIndex.deletes().size());
        assertTrue(noIndex.indexOutdated());
        assertFalse(publish().indexOutdated(), "the index was written again");
        assertBucketEqualsOutput();
    }

    @Test
    void editingOnePageSendsThatPageAndEditingTheStylesheetSendsItBeforeThePages() throws Exception {
        publish();
        Path en = site.resolve("content/en/about.md");
        Files.writeString(en, Files.readString(en) + "\nOne more sentence about the port.\n");
        build();
        Publisher.Plan plan = publish();
        // the page, and the English search page: it names the search index's content-named folder,
        // which the new sentence changed
        assertEquals(Set.of("en/about/index.html", "en/about/index.html.br", "en/about/index.html.gz",
                        "en/search/index.html", "en/search/index.html.br", "en/search/index.html.gz"),
                paths(plan.documents()));
        assertTrue(!paths(plan.assets()).isEmpty() && paths(plan.assets()).stream().allMatch(p -> p.matches("(.*/)?search/en\\.[0-9a-f]{8,}/.*")),
                "no asset changed but the English search index: " + paths(plan.assets()));
        assertTrue(!plan.deletes().isEmpty() && plan.deletes().stream().allMatch(p -> p.matches("(.*/)?search/en\\.[0-9a-f]{8,}/.*")),
                "only the English search index's old folder goes: " + plan.deletes());
        assertBucketEqualsOutput();

        String oldCss = stylesheet();
        Path css = site.resolve("assets/css/site.css");
        Files.writeString(css, Files.readString(css) + "\n.new-rule { color: #123456; }\n");
        build();
        String newCss = stylesheet();
        assertFalse(newCss.equals(oldCss));
        Publisher.Plan cssPlan = publish();
        assertEquals(Set.of(newCss, newCss + ".br", newCss + ".gz"), paths(cssPlan.assets()));
        assertTrue(paths(cssPlan.documents()).contains("en/about/index.html"), "pages now name the new stylesheet");
        assertEquals(List.of(to.key(oldCss), to.key(oldCss + ".br"), to.key(oldCss + ".gz")), cssPlan.deletes());
        assertBucketEqualsOutput();
    }

    @Test
    void aHeaderOnlyChangeUpdatesTheObjectWithoutSendingItsBytesAgain() throws Exception {
        publish();
        S3Object before = s3.objects(bucket).stream().filter(o -> o.key().equals(to.key("robots.txt"))).findFirst()
                .orElseThrow();
        Path manifest = out.resolve(Manifest.FILE);
        String json = Files.readString(manifest);
        String line = json.lines().filter(l -> l.startsWith("\"robots.txt\":")).findFirst().orElseThrow();
        Files.writeString(manifest, json.replace(line, line.replace(HeaderRules.REVALIDATE, "public, max-age=60")));
        Publisher.Plan plan = publish();
        assertEquals(0, plan.uploads());
        assertEquals(1, plan.headerUpdates());
        assertEquals(Publisher.Action.HEADERS, plan.documents().get(0).action());
        assertEquals("public, max-age=60", head("robots.txt").cacheControl());
        assertEquals(before.eTag(), head("robots.txt").eTag(), "same bytes");
        assertEquals(0, publish().headerUpdates(), "and then nothing more to do");
    }

    @Test
    void deletionsBeyondMaxDeletesAreRefusedUnlessForced() throws Exception {
        publish();
        Files.delete(site.resolve("content/vi/news/post-2.md")); // its copies in en and ja go too
        build();
        Map<String, byte[]> before = bucketFiles();
        Publisher.PublishException refused = assertThrows(Publisher.PublishException.class, () -> publish(false, 2, false));
        assertTrue(refused.getMessage().contains("more than --max-deletes 2") && refused.getMessage().contains("Nothing was changed"),
                refused.getMessage());
        assertEquals(before.keySet(), bucketFiles().keySet(), "nothing changed");
        Publisher.Plan plan = publish(false, 256, false);
        assertTrue(plan.deletes().contains(to.key("en/news/post-2/index.html")), plan.deletes().toString());
        assertBucketEqualsOutput();
        assertNotNull(plan);
    }

    @Test
    void aForcedPublishDeletesMoreThanMaxDeletes() throws Exception {
        publish();
        Files.delete(site.resolve("content/vi/news/post-3.md"));
        build();
        Publisher.Plan plan = publish(false, 0, true);
        assertFalse(plan.deletes().isEmpty());
        assertBucketEqualsOutput();
    }

    @Test
    void aDryRunPrintsThePlanAndChangesNothing() throws Exception {
        publish();
        Path en = site.resolve("content/en/about.md");
        Files.writeString(en, Files.readString(en) + "\nEdited.\n");
        Files.delete(site.resolve("content/vi/news/post-2.md"));
        build();
        Map<String, byte[]> before = bucketFiles();
        log.getBuffer().setLength(0);
        Publisher.Plan plan = publish(true, 256, false);
        assertTrue(plan.uploads() > 0 && !plan.deletes().isEmpty());
        String printed = log.toString();
        assertTrue(printed.contains("upload   changed  en/about/index.html ("), printed);
        assertTrue(printed.contains("delete            " + to.key("ja/news/post-2/index.html")), printed);
        assertTrue(printed.contains("dry run: nothing was changed"), printed);
        Map<String, byte[]> after = bucketFiles();
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) {
            assertArrayEquals(before.get(k), after.get(k), k);
        }
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() throws Exception {
        int port = s3.endpoint().getPort();
        try (FaultyProxy proxy = new FaultyProxy(port, 4);
             S3Client flaky = Storage.client(proxy.endpoint(), Region.US_EAST_1, StaticCredentialsProvider.create(
                     AwsBasicCredentials.create(S3ProxyServer.IDENTITY, S3ProxyServer.SECRET)), 2)) {
            Publisher.Plan plan = new Publisher(flaky, proxy.endpoint().toString(), new PrintWriter(log, true))
                    .publish(new Publisher.Options(out, to, false, 256, false, 2, false));
            assertTrue(plan.uploads() > 0);
            assertTrue(proxy.failures() > 0, "the proxy failed some requests");
        }
        assertBucketEqualsOutput();
    }

    /** Runs {@code showcase publish} in a child JVM with the given credentials in its environment. */
    private Process publishProcess(String secret, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "vn.haiphong.showcase.cli.Main", "publish", "--site", site.toString(), "--to", to.toString(),
                "--endpoint", s3.endpoint().toString()));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", S3ProxyServer.IDENTITY);
        env.put("AWS_SECRET_ACCESS_KEY", secret);
        env.put("HOME", tmp.toString()); // no profile files from the machine
        env.put("SHOWCASE_NO_FORK", "1");
        return pb.start();
    }

    @Test
    void aPublishKilledHalfWayLeavesAWorkingSiteAndCompletesWhenRunAgain() throws Exception {
        publish();
        String oldCss = stylesheet();
        Path css = site.resolve("assets/css/site.css");
        Files.writeString(css, Files.readString(css) + "\nbody { letter-spacing: .01em; }\n");
        Files.delete(site.resolve("content/vi/news/post-2.md"));
        build();
        String newCss = stylesheet();

        Process p = publishProcess(S3ProxyServer.SECRET, "--concurrency", "1", "--verbose");
        int sent = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.matches("\\s+\\[\\d+/\\d+] .*") && ++sent == 12) {
                    p.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(12, sent, "the publish was killed while sending");
        assertTrue(p.exitValue() != 0, "killed, not finished");

        // half-way: the new stylesheet is there, the old one too, and every page names one that exists
        Map<String, byte[]> mid = bucketFiles();
        assertTrue(mid.containsKey(newCss) && mid.containsKey(oldCss), mid.keySet().toString());
        Pattern link = Pattern.compile("href=\"/(css/site\\.[0-9a-f]{8}\\.css)\"");
        for (Map.Entry<String, byte[]> e : mid.entrySet()) {
            if (e.getKey().endsWith(".html")) {
                Matcher m = link.matcher(new String(e.getValue(), StandardCharsets.UTF_8));
                assertTrue(m.find() && mid.containsKey(m.group(1)), e.getKey() + " links a missing stylesheet");
            }
        }
        assertTrue(mid.containsKey("ja/news/post-2/index.html"), "deletions come last");

        Publisher.Plan rest = publish();
        assertTrue(rest.uploads() > 0);
        assertBucketEqualsOutput();
        assertEquals(0, publish().uploads(), "and nothing stale is left to send");
    }

    @Test
    void refusedCredentialsExitTwoWithAClearMessageAndChangeNothing() throws Exception {
        publish();
        Path en = site.resolve("content/en/about.md");
        Files.writeString(en, Files.readString(en) + "\nEdited.\n");
        build();
        Map<String, byte[]> before = bucketFiles();
        String wrong = "wrong-secret-9f8e7d6c5b4a";
        Process p = publishProcess(wrong);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        p.getInputStream().transferTo(output);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String text = output.toString(StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), text);
        assertTrue(text.contains("refused the credentials") && text.contains("Nothing was changed"), text);
        assertFalse(text.contains(wrong) || text.contains(S3ProxyServer.SECRET), "no secret is ever printed");
        assertEquals(before.keySet(), bucketFiles().keySet());
        assertArrayEquals(before.get("en/about/index.html"), bucketFiles().get("en/about/index.html"));

        Process ok = publishProcess(S3ProxyServer.SECRET);
        ByteArrayOutputStream okOut = new ByteArrayOutputStream();
        ok.getInputStream().transferTo(okOut);
        assertTrue(ok.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, ok.exitValue(), okOut.toString(StandardCharsets.UTF_8));
        assertTrue(okOut.toString(StandardCharsets.UTF_8).contains("published "), "a summary at the end");
        assertBucketEqualsOutput();
    }
}
