package vn.haiphong.showcase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.haiphong.showcase.serve.DevServer;
import vn.haiphong.showcase.site.BuildOptions;

@Command(name = "serve", description = {
        "Builds the site, serves it on 127.0.0.1 and reloads open pages when you save a file.",
        "Errors are shown in the terminal and over the page; the last good build stays visible."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--port", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--drafts", description = "also show drafts, future and expired pages")
    boolean drafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = site.dir();
        BuildOptions options = new BuildOptions(dir, null, "http://127.0.0.1:" + port, drafts, null);
        DevServer server = new DevServer(Builds.forRepeatedBuilds(dir), options, out);
        int bound;
        try {
            bound = server.start(port);
        } catch (BindException e) {
            err.println("error: port " + port + " is in use; choose another with --port");
            return Main.USAGE;
        } catch (IOException e) {
            err.println("error: cannot serve on 127.0.0.1:" + port + ": " + e.getMessage()
                    + " — choose another port with --port, or check that the network is up");
            return Main.USAGE;
        }
        out.println("serving http://127.0.0.1:" + bound + "/ — save a file and open pages reload; Ctrl+C stops");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        stop.await();
        return Main.OK;
    }
}
