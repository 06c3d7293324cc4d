package vn.haiphong.showcase.publish;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.haiphong.showcase.cdn.Manifest;

/**
 * Publishes an output folder to a bucket, changing only what differs, in an order that never
 * shows a broken site: first every asset (files named by content, images, everything that is not
 * a page), then pages, feeds and sitemaps, and only then deletions of files no longer in the
 * output. Each object carries the SHA-256 of its bytes and a hash of its headers in
 * {@code x-amz-meta-*} metadata; the bucket listing (ETag and time of each object) tells which of
 * these are already known from the last publish, and the others are asked for one by one. A
 * publish stopped half-way leaves old pages over new assets; the next one finishes the work.
 */
public final class Publisher {
    /** Metadata names, without S3's {@code x-amz-meta-} prefix. */
    static final String META_SHA256 = "sha256";
    static final String META_HEADERS = "headers";

    /**
     * What to publish and how.
     *
     * @param maxDeletes  refuse to delete more objects than this unless {@code force}
     * @param concurrency requests in flight at once
     * @param verbose     print every file, not just progress
     */
    public record Options(Path output, S3Location to, boolean dryRun, int maxDeletes, boolean force, int concurrency,
                          boolean verbose) {
    }

    /** Why a file is sent. */
    public enum Action { NEW, CHANGED, HEADERS }

    /** One file to send (or whose headers to update). */
    public record Change(String path, Action action, Manifest.Entry entry) {
    }

    /** The difference between the output and the bucket, in the order it will be applied. */
    public record Plan(List<Change> assets, List<Change> documents, List<String> deletes, int unchanged,
                       boolean indexOutdated) {
        public long uploadBytes() {
            long b = 0;
            for (List<Change> l : List.of(assets, documents)) {
                for (Change c : l) {
                    b += c.action() == Action.HEADERS ? 0 : c.entry().size();
                }
            }
            return b;
        }

        public int uploads() {
            return (int) (assets.stream().filter(c -> c.action() != Action.HEADERS).count()
                    + documents.stream().filter(c -> c.action() != Action.HEADERS).count());
        }

        public int headerUpdates() {
            return (int) (assets.stream().filter(c -> c.action() == Action.HEADERS).count()
                    + documents.stream().filter(c -> c.action() == Action.HEADERS).count());
        }
    }

    /** A publish that cannot go on: refused credentials, a missing bucket, too many deletions, a server that keeps failing. */
    public static final class PublishException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PublishException(String message) {
            super(message);
        }
    }

    private final S3Client s3;
    private final PrintWriter out;
    private final String endpoint;

    /** {@code endpoint} only names the server in messages. */
    public Publisher(S3Client s3, String endpoint, PrintWriter out) {
        this.s3 = s3;
        this.endpoint = endpoint;
        this.out = out;
    }

    /** Publishes (or, with {@code dryRun}, only prints the plan); returns the plan that was applied. */
    public Plan publish(Options o) {
        long start = System.nanoTime();
        Manifest manifest = readManifest(o.output());
        Plan plan;
        try {
            plan = plan(manifest, o.to(), o.concurrency());
        } catch (SdkException e) {
            throw explain(e, o.to(), false);
        }
        if (plan.deletes().size() > o.maxDeletes() && !o.force()) {
            throw new PublishException("this publish would delete " + plan.deletes().size() + " files from " + o.to()
                    + ", more than --max-deletes " + o.maxDeletes() + "; check --to and --site, then pass a larger"
                    + " --max-deletes or --force. Nothing was changed.");
        }
        out.printf("publish to %s (%s): %d uploads (%s), %d header updates, %d deletions, %d unchanged%n", o.to(),
                endpoint, plan.uploads(), bytes(plan.uploadBytes()), plan.headerUpdates(), plan.deletes().size(),
                plan.unchanged());
        if (o.dryRun()) {
            printPlan(plan);
            out.println("dry run: nothing was changed");
            out.flush();
            return plan;
        }
        Progress progress = new Progress(plan.uploads() + plan.headerUpdates(), plan.uploadBytes(), o.verbose());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, o.concurrency()), r -> {
            Thread t = new Thread(r, "publish");
            t.setDaemon(true);
            return t;
        });
        try {
            send(plan.assets(), o, pool, progress);
            send(plan.documents(), o, pool, progress);
            delete(plan.deletes(), o.to());
            if (plan.indexOutdated() || !plan.deletes().isEmpty() || plan.uploads() + plan.headerUpdates() > 0) {
                PublishIndex.write(s3, o.to(), manifest);
            }
        } catch (SdkException e) {
            throw explain(e, o.to(), progress.files.get() > 0);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "published %d files (%s), %d header updates, %d deletions, %d unchanged in %.1f s%n",
                plan.uploads(), bytes(plan.uploadBytes()), plan.headerUpdates(), plan.deletes().size(),
                plan.unchanged(), seconds);
        out.flush();
        return plan;
    }

    private static Manifest readManifest(Path output) {
        Path file = output.resolve(Manifest.FILE);
        if (!Files.isRegularFile(file)) {
            throw new PublishException(output + " has no " + Manifest.FILE + ": run `build` first (publish sends"
                    + " what the build wrote)");
        }
        try {
            return Manifest.read(file);
        } catch (IOException e) {
            throw new PublishException(e.getMessage() + " — run `build` again");
        }
    }

    /** Compares the manifest with the bucket; asks the server about objects the index does not vouch for. */
    Plan plan(Manifest manifest, S3Location to, int concurrency) {
        Map<String, S3Object> remote = new HashMap<>();
        s3.listObjectsV2Paginator(r -> r.bucket(to.bucket()).prefix(to.prefix())).contents()
                .forEach(o -> remote.put(o.key(), o));
        Map<String, PublishIndex.Known> index = remote.containsKey(PublishIndex.key(to))
                ? PublishIndex.read(s3, to) : Map.of();
        Map<String, PublishIndex.Known> known = new ConcurrentHashMap<>();
        List<String> ask = new ArrayList<>();
        for (String path : manifest.files().keySet()) {
            String key = to.key(path);
            S3Object o = remote.get(key);
            if (o == null) {
                continue;
            }
            PublishIndex.Known k = index.get(key);
            if (k != null && k.etag().equals(o.eTag()) && k.lastModified() == o.lastModified().toEpochMilli()) {
                known.put(key, k);
            } else {
                ask.add(key);
            }
        }
        headAll(ask, to, concurrency, known);

        List<Change> assets = new ArrayList<>();
        List<Change> documents = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, Manifest.Entry> e : manifest.files().entrySet()) {
            String key = to.key(e.getKey());
            Manifest.Entry f = e.getValue();
            Action action;
            if (!remote.containsKey(key)) {
                action = Action.NEW;
            } else {
                PublishIndex.Known k = known.get(key);
                if (k == null || !f.sha256().equals(k.sha256())) {
                    action = Action.CHANGED;
                } else if (!f.headersHash().equals(k.headers())) {
                    action = Action.HEADERS;
                } else {
                    unchanged++;
                    continue;
                }
            }
            (f.document() ? documents : assets).add(new Change(e.getKey(), action, f));
        }
        // the precompressed twins of a page go up before the page itself
        Comparator<Change> twinsFirst = Comparator.comparing((Change c) -> c.entry().variantOf() == null)
                .thenComparing(Change::path);
        assets.sort(twinsFirst);
        documents.sort(twinsFirst);
        List<String> deletes = new ArrayList<>();
        for (String key : remote.keySet()) {
            String path = key.substring(to.prefix().length());
            if (!manifest.files().containsKey(path) && !key.equals(PublishIndex.key(to))) {
                deletes.add(key);
            }
        }
        deletes.sort(null);
        boolean indexOutdated = !ask.isEmpty() || !remote.containsKey(PublishIndex.key(to));
        return new Plan(List.copyOf(assets), List.copyOf(documents), List.copyOf(deletes), unchanged, indexOutdated);
    }

    private void headAll(List<String> keys, S3Location to, int concurrency, Map<String, PublishIndex.Known> known) {
        if (keys.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, keys.size())));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String key : keys) {
                futures.add(pool.submit(() -> {
                    try {
                        HeadObjectResponse h = s3.headObject(r -> r.bucket(to.bucket()).key(key));
                        String sha = h.metadata().get(META_SHA256);
                        String headers = h.metadata().get(META_HEADERS);
                        if (sha != null && headers != null) {
                            known.put(key, new PublishIndex.Known(h.eTag(), h.lastModified().toEpochMilli(), sha, headers));
                        }
                    } catch (NoSuchKeyException e) {
                        // deleted since the listing: it will be uploaded
                    }
                }));
            }
            await(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    private void send(List<Change> changes, Options o, ExecutorService pool, Progress progress) {
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<?>> futures = new ArrayList<>();
        for (Change c : changes) {
            futures.add(pool.submit(() -> {
                if (failed.get()) {
                    return;
                }
                try {
                    if (c.action() == Action.HEADERS) {
                        updateHeaders(c, o.to(), o.output());
                    } else {
                        upload(c, o.to(), o.output());
                    }
                    progress.done(c);
                } catch (RuntimeException e) {
                    failed.set(true);
                    throw e;
                }
            }));
        }
        await(futures);
    }

    private static void await(List<Future<?>> futures) {
        RuntimeException first = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishException("interrupted");
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void upload(Change c, S3Location to, Path output) {
        Manifest.Entry f = c.entry();
        PutObjectRequest.Builder req = PutObjectRequest.builder().bucket(to.bucket()).key(to.key(c.path()))
                .contentType(f.contentType()).cacheControl(f.cacheControl())
                .metadata(Map.of(META_SHA256, f.sha256(), META_HEADERS, f.headersHash()));
        if (f.contentEncoding() != null) {
            req.contentEncoding(f.contentEncoding());
        }
        Path file = output.resolve(c.path());
        if (!Files.isRegularFile(file)) {
            throw new PublishException(file + " is in " + Manifest.FILE + " but not in the folder: build again");
        }
        s3.putObject(req.build(), RequestBody.fromFile(file));
    }

    /** New headers for the same bytes: a copy of the object onto itself with replaced metadata. */
    private void updateHeaders(Change c, S3Location to, Path output) {
        Manifest.Entry f = c.entry();
        String key = to.key(c.path());
        CopyObjectRequest.Builder req = CopyObjectRequest.builder().sourceBucket(to.bucket()).sourceKey(key)
                .destinationBucket(to.bucket()).destinationKey(key).metadataDirective(MetadataDirective.REPLACE)
                .contentType(f.contentType()).cacheControl(f.cacheControl())
                .metadata(Map.of(META_SHA256, f.sha256(), META_HEADERS, f.headersHash()));
        if (f.contentEncoding() != null) {
            req.contentEncoding(f.contentEncoding());
        }
        try {
            s3.copyObject(req.build());
        } catch (AwsServiceException e) {
            if (e.statusCode() == 403) {
                throw e;
            }
            upload(c, to, output); // a server that cannot copy in place gets the bytes again
        }
    }

    private void delete(List<String> keys, S3Location to) {
        for (int i = 0; i < keys.size(); i += 1000) {
            List<ObjectIdentifier> batch = keys.subList(i, Math.min(keys.size(), i + 1000)).stream()
                    .map(k -> ObjectIdentifier.builder().key(k).build()).toList();
            DeleteObjectsResponse r = s3.deleteObjects(d -> d.bucket(to.bucket())
                    .delete(Delete.builder().objects(batch).quiet(true).build()));
            if (r.hasErrors() && !r.errors().isEmpty()) {
                throw new PublishException("the server refused to delete " + r.errors().size() + " files, e.g. "
                        + r.errors().get(0).key() + ": " + r.errors().get(0).code());
            }
            out.printf("deleted %d files no longer in the output%n", batch.size());
        }
    }

    private void printPlan(Plan plan) {
        for (List<Change> phase : List.of(plan.assets(), plan.documents())) {
            for (Change c : phase) {
                switch (c.action()) {
                    case NEW -> out.printf("  upload   new      %s (%s)%n", c.path(), bytes(c.entry().size()));
                    case CHANGED -> out.printf("  upload   changed  %s (%s)%n", c.path(), bytes(c.entry().size()));
                    case HEADERS -> out.printf("  headers           %s%n", c.path());
                }
            }
        }
        for (String key : plan.deletes()) {
            out.printf("  delete            %s%n", key);
        }
    }

    /** A user-facing message for a failure of the storage service; credentials never appear in it. */
    private PublishException explain(SdkException e, S3Location to, boolean started) {
        String after = started ? " Some files were already sent (assets before pages, so the site still works):"
                + " run publish again to finish." : " Nothing was changed.";
        String why = explainCause(e, to).getMessage();
        return new PublishException((why.endsWith(".") ? why : why + ".") + after);
    }

    private PublishException explainCause(SdkException e, S3Location to) {
        if (e instanceof AwsServiceException s) {
            String code = s.awsErrorDetails() != null ? s.awsErrorDetails().errorCode() : null;
            if (s.statusCode() == 403 || "InvalidAccessKeyId".equals(code) || "SignatureDoesNotMatch".equals(code)) {
                return new PublishException("the storage at " + endpoint + " refused the credentials (" + code
                        + ", HTTP " + s.statusCode() + "): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or"
                        + " AWS_PROFILE and ~/.aws/credentials.");
            }
            if ("NoSuchBucket".equals(code) || s.statusCode() == 404) {
                return new PublishException("bucket " + to.bucket() + " does not exist at " + endpoint
                        + ": check the bucket name in --to and the --endpoint, or create the bucket first");
            }
            return new PublishException("the storage at " + endpoint + " answered " + s.statusCode()
                    + (code != null ? " " + code : "") + " (after retries): " + firstLine(s.getMessage())
                    + " — check the storage service's status and run publish again");
        }
        if (e instanceof SdkClientException && e.getMessage() != null
                && e.getMessage().contains("Unable to load credentials")) {
            return new PublishException("no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or"
                    + " AWS_PROFILE with a profile in ~/.aws/credentials");
        }
        return new PublishException("cannot reach the storage at " + endpoint + " (after retries): "
                + firstLine(e.getMessage()) + " — check --endpoint and the network, then run publish again");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }

    /** Progress on the terminal: every file with {@code --verbose}, else a line at most every second. */
    private final class Progress {
        private final int total;
        private final long totalBytes;
        private final boolean verbose;
        private final AtomicInteger files = new AtomicInteger();
        private final AtomicLong sent = new AtomicLong();
        private final AtomicLong lastPrint = new AtomicLong(System.nanoTime());

        Progress(int total, long totalBytes, boolean verbose) {
            this.total = total;
            this.totalBytes = totalBytes;
            this.verbose = verbose;
        }

        void done(Change c) {
            int n = files.incrementAndGet();
            long b = c.action() == Action.HEADERS ? sent.get() : sent.addAndGet(c.entry().size());
            synchronized (this) {
                if (verbose) {
                    out.printf("  [%d/%d] %s %s%n", n, total, c.action() == Action.HEADERS ? "headers" : "upload ",
                            c.path());
                    out.flush();
                } else {
                    long now = System.nanoTime();
                    if (now - lastPrint.get() > 1_000_000_000L || n == total) {
                        lastPrint.set(now);
                        out.printf("  %d/%d files, %s of %s%n", n, total, bytes(b), bytes(totalBytes));
                        out.flush();
                    }
                }
            }
        }
    }
}
