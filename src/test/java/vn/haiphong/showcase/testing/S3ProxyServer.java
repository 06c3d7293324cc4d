package vn.haiphong.showcase.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.haiphong.showcase.publish.Storage;

/**
 * A real S3-compatible server for tests: S3Proxy (Maven Central's org.gaul:s3proxy runnable jar,
 * copied to target/s3proxy by the build) on 127.0.0.1 with its filesystem backend and AWS
 * signature checking on. Started as a child process, stopped on close.
 */
public final class S3ProxyServer implements AutoCloseable {
    public static final String IDENTITY = "showcase-test-identity";
    public static final String SECRET = "showcase-test-secret-0123456789";

    private final Process process;
    private final int port;
    private final S3Client client;

    public S3ProxyServer(Path workDir) throws Exception {
        Path jar = Path.of(System.getProperty("showcase.s3proxyJar", "target/s3proxy/s3proxy.jar"));
        assertTrue(Files.isRegularFile(jar), "S3Proxy jar missing at " + jar + ": run the tests through Maven"
                + " (the dependency plugin copies org.gaul:s3proxy there)");
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path data = Files.createDirectories(workDir.resolve("s3proxy-data"));
        Path props = workDir.resolve("s3proxy.properties");
        Files.writeString(props, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + IDENTITY,
                "s3proxy.credential=" + SECRET,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + data) + "\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--properties", props.toString())
                .redirectErrorStream(true).start();
        // Jetty logs "Started ServerConnector@…{127.0.0.1:PORT}" once it accepts connections: wait for that line
        Path log = workDir.resolve("s3proxy.log");
        CompletableFuture<Void> listening = new CompletableFuture<>();
        Thread copier = new Thread(() -> copyLog(process.getInputStream(), log,
                Pattern.compile("Started .*\\{127\\.0\\.0\\.1:" + port + "}"), listening), "s3proxy-log");
        copier.setDaemon(true);
        copier.start();
        try {
            listening.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("S3Proxy did not start listening on port " + port + "; see " + log, e);
        }
        client = Storage.client(endpoint(), Region.US_EAST_1,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTITY, SECRET)), 8);
    }

    /**
     * Copies the server's output into {@code log} line by line, completing {@code listening} at the
     * first line that matches {@code started}, or failing it when the output ends first (the
     * server stopped).
     */
    private static void copyLog(InputStream output, Path log, Pattern started, CompletableFuture<Void> listening) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
                BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line);
                out.newLine();
                out.flush();
                if (started.matcher(line).find()) {
                    listening.complete(null);
                }
            }
        } catch (IOException e) {
            listening.completeExceptionally(e);
        }
        listening.completeExceptionally(new IOException("S3Proxy stopped before it was listening"));
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** A client with the right credentials. */
    public S3Client client() {
        return client;
    }

    public void createBucket(String name) {
        client.createBucket(b -> b.bucket(name));
    }

    /** Every object in the bucket: key → bytes. */
    public Map<String, byte[]> contents(String bucket) {
        Map<String, byte[]> out = new TreeMap<>();
        for (S3Object o : objects(bucket)) {
            out.put(o.key(), client.getObject(r -> r.bucket(bucket).key(o.key()), ResponseTransformer.toBytes()).asByteArray());
        }
        return out;
    }

    public List<S3Object> objects(String bucket) {
        return client.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().stream().toList();
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
