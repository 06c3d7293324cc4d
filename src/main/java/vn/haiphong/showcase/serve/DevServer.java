package vn.haiphong.showcase.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.output.MemoryOutput;
import vn.haiphong.showcase.site.Build;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;

/**
 * The content team's live preview: builds the site into memory, serves it on 127.0.0.1, rebuilds
 * when a source file changes (unchanged pages are neither parsed nor rendered to HTML again) and
 * tells open browser tabs to reload through server-sent events. While the sources have errors it
 * keeps serving the last good build and shows the errors over the page.
 */
public final class DevServer implements AutoCloseable {
    static final String RELOAD_PATH = "/__showcase/events";
    private static final String CLIENT = "<script>(function(){var s=new EventSource('" + RELOAD_PATH + "');"
            + "s.addEventListener('reload',function(){location.reload();});"
            + "s.addEventListener('errors',function(e){var d=document.getElementById('showcase-errors');"
            + "if(!d){d=document.createElement('pre');d.id='showcase-errors';d.setAttribute('role','alert');"
            + "d.style.cssText='position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;margin:0;padding:1rem;"
            + "background:#7f1d1d;color:#fff;font:14px/1.5 monospace;z-index:99999;white-space:pre-wrap';"
            + "document.body.appendChild(d);}d.textContent=e.data.split('\\\\n').join('\\n');});})();</script>";

    private final Build build;
    private final BuildOptions options;
    private final PrintWriter log;
    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
    private volatile MemoryOutput current = new MemoryOutput();
    private volatile String errorText = "";
    private HttpServer server;
    private SourceWatcher watcher;

    /** Serves what {@code build} makes of {@code options}' site, rebuilding it as it changes; notes go to {@code log}. */
    public DevServer(Build build, BuildOptions options, PrintWriter log) {
        this.build = build;
        this.options = options;
        this.log = log;
    }

    /** Builds once, starts serving on {@code port} (0 = any free port) and watching; returns the port. */
    public int start(int port) throws IOException {
        rebuild();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "serve-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
        watcher = new SourceWatcher(options.siteDir(), this::onChange);
        watcher.start();
        return server.getAddress().getPort();
    }

    /** Rebuilds everything now and tells the browsers; returns the build's wall time in milliseconds. */
    public long rebuild() {
        return rebuild(java.util.Set.of());
    }

    /**
     * Rebuilds after {@code changed} files changed: only the edited pages when nothing but their
     * text changed, everything otherwise. Returns the wall time in milliseconds.
     */
    public long rebuild(java.util.Set<java.nio.file.Path> changed) {
        long start = System.nanoTime();
        BuildResult r;
        MemoryOutput next;
        try {
            next = new MemoryOutput(current);
            if (System.getenv("SHOWCASE_TIMING") != null) {
                System.err.printf("timing: copy     %6d ms%n", (System.nanoTime() - start) / 1_000_000);
            }
            r = errorText.isEmpty() ? build.runChanged(options, next, changed) : null;
            if (r == null) {
                next = new MemoryOutput();
                r = build.runInMemory(options, next);
            }
        } catch (RuntimeException e) {
            errorText = "build failed: " + e;
            broadcast("errors", errorText);
            log.println(errorText);
            log.flush();
            return -1;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (r.ok()) {
            current = next;
            errorText = "";
            log.printf("rebuilt %d page%s in %d ms%n", r.pages(), r.pages() == 1 ? "" : "s", ms);
            broadcast("reload", "ok");
        } else {
            StringBuilder sb = new StringBuilder(r.errors().size() + " content error(s):\n");
            for (ContentError e : r.errors()) {
                sb.append(e.format(options.siteDir())).append('\n');
            }
            errorText = sb.toString();
            log.print(errorText);
            broadcast("errors", errorText);
        }
        log.flush();
        return ms;
    }

    private void onChange(java.util.Set<java.nio.file.Path> changed) {
        rebuild(changed);
    }

    private void broadcast(String event, String data) {
        String payload = "event: " + event + "\ndata: " + data.replace("\n", "\\n") + "\n\n";
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        for (HttpExchange c : clients) {
            try {
                OutputStream os = c.getResponseBody();
                os.write(bytes);
                os.flush();
            } catch (IOException e) {
                clients.remove(c);
                c.close();
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String path = URLDecoder.decode(ex.getRequestURI().getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
            if (path.equals(RELOAD_PATH)) {
                ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
                ex.getResponseHeaders().set("Cache-Control", "no-store");
                ex.sendResponseHeaders(200, 0);
                OutputStream os = ex.getResponseBody();
                String hello = "retry: 500\n\n" + (errorText.isEmpty() ? ""
                        : "event: errors\ndata: " + errorText.replace("\n", "\\n") + "\n\n");
                os.write(hello.getBytes(StandardCharsets.UTF_8));
                os.flush();
                clients.add(ex);
                return;
            }
            String rel = path.startsWith("/") ? path.substring(1) : path;
            if (rel.contains("..")) {
                send(ex, 400, "text/plain; charset=utf-8", "bad path".getBytes(StandardCharsets.UTF_8));
                return;
            }
            MemoryOutput out = current;
            MemoryOutput.Entry e = out.get(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
            if (e == null && !rel.isEmpty() && !rel.endsWith("/") && out.get(rel + "/index.html") != null) {
                ex.getResponseHeaders().set("Location", path + "/");
                send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            int status = 200;
            String name = rel.isEmpty() || rel.endsWith("/") ? "index.html" : rel;
            if (e == null) {
                status = 404;
                String lang = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
                e = out.get(lang + "/404.html");
                if (e == null) {
                    e = new MemoryOutput.Entry("<!doctype html><title>404</title><p>Not found</p>".getBytes(StandardCharsets.UTF_8), null);
                }
                name = "404.html";
            }
            byte[] body = e.bytes() != null ? e.bytes() : Files.readAllBytes(e.source());
            String type = ContentTypes.of(name);
            if (type.startsWith("text/html")) {
                body = inject(body);
            }
            send(ex, status, type, body);
        } catch (IOException | RuntimeException e) {
            send(ex, 500, "text/plain; charset=utf-8", String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] inject(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        int at = s.lastIndexOf("</body>");
        String out = at < 0 ? s + CLIENT : s.substring(0, at) + CLIENT + s.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        } else {
            ex.close();
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        for (HttpExchange c : clients) {
            c.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    /** Content types for what the site publishes. */
    static final class ContentTypes {
        private static final Map<String, String> TYPES = Map.ofEntries(
                Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
                Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
                Map.entry("json", "application/json; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
                Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
                Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
                Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"), Map.entry("gif", "image/gif"),
                Map.entry("ico", "image/x-icon"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
                Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"), Map.entry("vtt", "text/vtt; charset=utf-8"));

        private ContentTypes() {
        }

        static String of(String name) {
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            return TYPES.getOrDefault(ext, "application/octet-stream");
        }
    }
}
