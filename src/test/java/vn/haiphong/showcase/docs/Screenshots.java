package vn.haiphong.showcase.docs;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import vn.haiphong.showcase.serve.DevServer;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.SiteBuild;
import vn.haiphong.showcase.testing.Fixtures;
import vn.haiphong.showcase.testing.StaticServer;

/**
 * Screenshots of the real default site for the content team's guide, taken with Debian's headless
 * Chromium from a fresh build served on 127.0.0.1. Written into the generated site, never
 * committed. Without Chromium each picture is a grey card saying how to get the real one, so
 * {@code mvn site} still works.
 */
final class Screenshots {
    /** One picture: file name, URL path, window size. */
    private record Shot(String name, String path, int width, int height) {
    }

    private static final List<Shot> SITE = List.of(
            new Shot("chooser", "/", 1280, 720),
            new Shot("home-vi", "/vi/", 1280, 900),
            new Shot("page-vi", "/vi/about/", 1280, 900),
            new Shot("news-vi", "/vi/news/", 1280, 900),
            new Shot("fallback-ja", "/ja/news/showcase-launch/", 1280, 720),
            new Shot("home-en-phone", "/en/", 390, 844));

    /** The page shown by {@code serve} while a page has an error. */
    private static final Shot SERVE_ERROR = new Shot("serve-error", "/vi/about/", 1280, 800);

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Screenshots() {
    }

    /** Takes every screenshot into {@code dir}; returns notes for the log (e.g. why a picture is a placeholder). */
    static List<String> take(Path work, Path dir) throws Exception {
        Files.createDirectories(dir);
        List<String> notes = new ArrayList<>();
        List<Shot> all = new ArrayList<>(SITE);
        all.add(SERVE_ERROR);
        if (!Files.isExecutable(CHROMIUM)) {
            for (Shot s : all) {
                placeholder(dir.resolve(s.name() + ".png"), s);
            }
            notes.add("screenshots: /usr/bin/chromium is missing (apt-get install chromium); placeholders written");
            return notes;
        }
        Path site = Fixtures.defaultSite(work.resolve("screens"));
        Path out = work.resolve("screens-output");
        Showcase.Run r = Showcase.run("build", "--site", site.toString(), "--output", out.toString());
        if (r.exit() != 0) {
            throw new IllegalStateException("the default site does not build:\n" + r.err());
        }
        try (StaticServer server = new StaticServer(out)) {
            for (Shot s : SITE) {
                shoot(server.baseUrl() + s.path(), s, dir, work, notes);
            }
        }
        // serve: a good build first, then an edit with a broken link, as an editor would make it
        DevServer dev = new DevServer(SiteBuild.incremental(), new BuildOptions(site, null, "http://127.0.0.1", false, null),
                new PrintWriter(new StringWriter()));
        try {
            int port = dev.start(0);
            Path about = site.resolve("content/vi/about.md");
            Files.writeString(about, Files.readString(about, StandardCharsets.UTF_8)
                    + "\nXem thêm [đảo Cát Bà](/visit/cat-ba-island.md).\n", StandardCharsets.UTF_8);
            dev.rebuild();
            shoot("http://127.0.0.1:" + port + SERVE_ERROR.path(), SERVE_ERROR, dir, work, notes);
        } finally {
            dev.close();
        }
        return notes;
    }

    private static void shoot(String url, Shot s, Path dir, Path work, List<String> notes) throws Exception {
        Path file = dir.resolve(s.name() + ".png");
        Path profile = Files.createDirectories(work.resolve("chromium-profile"));
        List<String> cmd = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=" + s.width() + "," + s.height(),
                // a served page keeps its live-reload connection open, so virtual time never runs out there
                s == SERVE_ERROR ? "--timeout=4000" : "--virtual-time-budget=3000",
                "--screenshot=" + file, url);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            notes.add("screenshots: chromium timed out on " + url);
        }
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            placeholder(file, s);
            notes.add("screenshots: chromium made no picture of " + url + " (see " + work.resolve("chromium.log") + ")");
        }
    }

    /** A grey card the size of the screenshot, saying how to get the real one. */
    private static void placeholder(Path file, Shot s) throws IOException {
        BufferedImage img = new BufferedImage(s.width(), s.height() / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xEEEEEE));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(new Color(0x555555));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        g.drawString("Screenshot of " + s.path() + " — install chromium and run mvn site", 16, 32);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
    }
}
