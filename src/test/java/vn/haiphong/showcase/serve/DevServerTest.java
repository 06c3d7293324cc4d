package vn.haiphong.showcase.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.SiteBuild;
import vn.haiphong.showcase.testing.Fixtures;

class DevServerTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesTheSiteAndReloadsOpenPagesWhenASourceChanges(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.site("mini", tmp);
        StringWriter log = new StringWriter();
        BuildOptions options = new BuildOptions(site, null, null, false, LocalDate.of(2026, 11, 22));
        try (DevServer server = new DevServer(SiteBuild.incremental(), options, new PrintWriter(log, true))) {
            int port = server.start(0);
            HttpResponse<String> page = get(port, "/en/about/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains(DevServer.RELOAD_PATH), "live-reload client injected");
            assertEquals(301, get(port, "/en/about").statusCode());
            HttpResponse<String> missing = get(port, "/en/nothing-here/");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("Page not found"));
            assertTrue(Files.notExists(site.resolve("output")), "serve builds in memory, output/ stays as it was");

            BlockingQueue<String> events = new ArrayBlockingQueue<>(100);
            HttpRequest sse = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + DevServer.RELOAD_PATH)).build();
            HttpResponse<java.io.InputStream> stream = http.send(sse, HttpResponse.BodyHandlers.ofInputStream());
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("event: ")) {
                            events.add(line.substring(7));
                        }
                    }
                } catch (Exception e) {
                    // closed at the end of the test
                }
            });
            reader.setDaemon(true);
            reader.start();

            Path en = site.resolve("content/en/about.md");
            Files.writeString(en, Files.readString(en).replace("liberated", "freed"));
            assertEquals("reload", events.poll(20, TimeUnit.SECONDS), "browser told to reload");
            assertTrue(get(port, "/en/about/").body().contains("Hai Phong was freed"));

            Files.writeString(en, "---\ntitle: [broken\n---\n");
            assertEquals("errors", events.poll(20, TimeUnit.SECONDS), "errors shown in the browser");
            assertTrue(get(port, "/en/about/").body().contains("Hai Phong was freed"), "last good build still served");
        }
    }
}
