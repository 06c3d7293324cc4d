package vn.haiphong.showcase.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the site's sources (site.yaml, content/, templates/, assets/, vr360/) and calls back
 * once per burst of changes: editors write a file in several steps, so events within a few
 * milliseconds are taken together.
 */
final class SourceWatcher implements AutoCloseable {
    private static final List<String> WATCHED = List.of("content", "templates", "assets", "vr360");
    private static final long SETTLE_MS = 15;

    private final Path siteDir;
    private final java.util.function.Consumer<java.util.Set<Path>> onChange;
    private final WatchService service;
    private final Thread thread;

    SourceWatcher(Path siteDir, java.util.function.Consumer<java.util.Set<Path>> onChange) throws IOException {
        this.siteDir = siteDir;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        siteDir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        for (String d : WATCHED) {
            registerTree(siteDir.resolve(d));
        }
        this.thread = new Thread(this::loop, "serve-watch");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                java.util.Set<Path> changed = new java.util.HashSet<>();
                boolean relevant = handle(key, changed);
                WatchKey more;
                while ((more = service.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= handle(more, changed);
                }
                if (relevant) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    /** Reads the events of {@code key}; adds the files they name to {@code changed}; true if any matters. */
    private boolean handle(WatchKey key, java.util.Set<Path> changed) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> ev : key.pollEvents()) {
            if (!(ev.context() instanceof Path name)) {
                relevant = true;
                changed.add(siteDir); // events were lost: forces a full rebuild
                continue;
            }
            String n = name.getFileName().toString();
            if (n.startsWith(".") || n.endsWith("~") || n.endsWith(".swp")) {
                continue;
            }
            Path full = dir.resolve(name);
            changed.add(full);
            if (dir.equals(siteDir)) {
                if (n.equals("site.yaml") || WATCHED.contains(n)) {
                    relevant = true;
                    if (ev.kind() == ENTRY_CREATE && Files.isDirectory(full)) {
                        register(full);
                    }
                }
                continue;
            }
            relevant = true;
            if (ev.kind() == ENTRY_CREATE && Files.isDirectory(full)) {
                register(full);
            }
        }
        key.reset();
        return relevant;
    }

    private void register(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException e) {
            // the folder vanished again; nothing to watch
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
    }
}
