package vn.haiphong.showcase.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * A tiny CDN in front of a published bucket, for tests: serves each object with the headers the
 * bucket stored (Content-Type, Cache-Control, Content-Encoding), prefers the precompressed
 * {@code .br}/{@code .gz} twin the browser accepts, maps {@code /dir/} to {@code dir/index.html}
 * and unknown paths to the language's 404 page, and adds the {@code _headers} rules the way
 * Cloudflare Pages applies them (every matching rule, {@code ! Name} detaches a header).
 */
public final class BucketSite implements AutoCloseable {
    private record Rule(Pattern path, List<String[]> lines) {
    }

    private final HttpServer server;
    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final List<Rule> rules;

    public BucketSite(S3Client s3, String bucket, String prefix, Path headersFile) throws IOException {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.rules = parse(Files.readString(headersFile, StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 32);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static List<Rule> parse(String text) {
        List<Rule> rules = new ArrayList<>();
        Rule current = null;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                String regex = Pattern.quote(line.strip()).replace("*", "\\E.*\\Q");
                current = new Rule(Pattern.compile(regex), new ArrayList<>());
                rules.add(current);
            } else if (current != null) {
                String l = line.strip();
                if (l.startsWith("!")) {
                    current.lines().add(new String[] {l.substring(1).strip(), null});
                } else {
                    int colon = l.indexOf(':');
                    current.lines().add(new String[] {l.substring(0, colon).strip(), l.substring(colon + 1).strip()});
                }
            }
        }
        return rules;
    }

    /** The headers the {@code _headers} rules give {@code path}. */
    public Map<String, String> ruleHeaders(String path) {
        Map<String, String> h = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (!r.path().matcher(path).matches()) {
                continue;
            }
            for (String[] kv : r.lines()) {
                if (kv[1] == null) {
                    h.remove(kv[0].toLowerCase());
                } else {
                    h.merge(kv[0].toLowerCase(), kv[1], (a, b) -> a + ", " + b);
                }
            }
        }
        return h;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            String key = path.substring(1);
            if (key.isEmpty() || key.endsWith("/")) {
                key = key + "index.html";
            }
            String accept = String.valueOf(ex.getRequestHeaders().getFirst("Accept-Encoding"));
            int status = 200;
            ResponseBytes<GetObjectResponse> obj = fetch(key, accept);
            if (obj == null) {
                status = 404;
                String lang = path.length() > 3 ? path.substring(1, 3) : "vi";
                obj = fetch(lang + "/404.html", accept);
            }
            if (obj == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            GetObjectResponse r = obj.response();
            var headers = ex.getResponseHeaders();
            ruleHeaders(path).forEach((k, v) -> headers.set(k, v));
            headers.set("Content-Type", r.contentType());
            if (r.cacheControl() != null) {
                headers.set("Cache-Control", r.cacheControl());
            }
            if (r.contentEncoding() != null) {
                headers.set("Content-Encoding", r.contentEncoding());
            }
            headers.set("Vary", "Accept-Encoding");
            byte[] body = obj.asByteArray();
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
            if (!head) {
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(body);
                }
            }
        }
    }

    private ResponseBytes<GetObjectResponse> fetch(String key, String acceptEncoding) {
        List<String> tries = new ArrayList<>();
        if (acceptEncoding.contains("br")) {
            tries.add(key + ".br");
        }
        if (acceptEncoding.contains("gzip")) {
            tries.add(key + ".gz");
        }
        tries.add(key);
        for (String k : tries) {
            try {
                return s3.getObjectAsBytes(r -> r.bucket(bucket).key(prefix + k));
            } catch (NoSuchKeyException e) {
                // next
            }
        }
        return null;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
