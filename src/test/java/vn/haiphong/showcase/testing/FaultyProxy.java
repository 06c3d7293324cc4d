package vn.haiphong.showcase.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 in front of a server that answers every {@code n}th connection with
 * {@code 503 Slow Down} or {@code 500 Internal Error} instead of passing it on, to show that
 * clients retry. Bytes of the other connections pass unchanged (signatures stay valid).
 */
public final class FaultyProxy implements AutoCloseable {
    private final ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    public FaultyProxy(int targetPort, int everyNth) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    int n = connections.incrementAndGet();
                    if (n % everyNth == 1) {
                        fail(client, n);
                    } else {
                        forward(client, targetPort);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, "faulty-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** How many connections got an error instead of an answer. */
    public int failures() {
        return failures.get();
    }

    private void fail(Socket client, int n) throws IOException {
        try (client) {
            client.setSoTimeout(5000);
            InputStream in = client.getInputStream();
            // read the request head, so the client sees an answer rather than a reset
            int last4 = 0;
            int b;
            while ((b = in.read()) >= 0) {
                last4 = (last4 << 8) | b;
                if (last4 == 0x0d0a0d0a) {
                    break;
                }
            }
            boolean slow = n % 2 == 1;
            String body = "<Error><Code>" + (slow ? "SlowDown" : "InternalError") + "</Code><Message>injected by"
                    + " the test</Message></Error>";
            String head = (slow ? "HTTP/1.1 503 Slow Down" : "HTTP/1.1 500 Internal Server Error")
                    + "\r\nContent-Type: application/xml\r\nConnection: close\r\nContent-Length: " + body.length() + "\r\n\r\n";
            OutputStream out = client.getOutputStream();
            out.write((head + body).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            failures.incrementAndGet();
        } catch (IOException e) {
            // the client gave up first: still a failure it saw
        }
    }

    private static void forward(Socket client, int targetPort) throws IOException {
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        pipe(client, upstream);
        pipe(upstream, client);
    }

    private static void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try {
                from.getInputStream().transferTo(to.getOutputStream());
            } catch (IOException e) {
                // one side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException e) {
                    // already closed
                }
            }
        }, "faulty-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
