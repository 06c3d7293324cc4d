package vn.haiphong.showcase.publish;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.haiphong.showcase.cdn.Manifest;

/**
 * What the last complete publish left in the bucket, kept beside the site as
 * {@code PREFIX/.publish-index.tsv}: for each object its ETag and time as the listing shows
 * them, with the SHA-256 and header hash stored in the object's own metadata. When the listing
 * still shows the same ETag and time, the metadata need not be asked for again; anything else
 * (an object changed by hand, a publish killed before it wrote this file) is asked for. It only
 * saves requests: the metadata on each object stays the truth.
 */
final class PublishIndex {
    private static final String NAME = ".publish-index.tsv";
    private static final String HEADER = "showcase publish index 1";

    /** An object's identity in the listing and the hashes in its metadata. */
    record Known(String etag, long lastModified, String sha256, String headers) {
    }

    private PublishIndex() {
    }

    static String key(S3Location to) {
        return to.prefix() + NAME;
    }

    /** The index, or an empty map when it is missing or unreadable. */
    static Map<String, Known> read(S3Client s3, S3Location to) {
        Map<String, Known> map = new HashMap<>();
        String text;
        try {
            text = s3.getObjectAsBytes(r -> r.bucket(to.bucket()).key(key(to))).asUtf8String();
        } catch (NoSuchKeyException e) {
            return map;
        }
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            return map;
        }
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            if (f.length == 5) {
                try {
                    map.put(f[0], new Known(f[1], Long.parseLong(f[2]), f[3], f[4]));
                } catch (NumberFormatException e) {
                    // a damaged line only costs one question to the server
                }
            }
        }
        return map;
    }

    /** Lists the bucket again and records every published object that matches the manifest. */
    static void write(S3Client s3, S3Location to, Manifest manifest) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(to.bucket()).prefix(to.prefix())).contents()) {
            String path = o.key().substring(to.prefix().length());
            Manifest.Entry e = manifest.files().get(path);
            if (e == null || o.key().contains("\t") || o.key().contains("\n")) {
                continue;
            }
            sb.append(o.key()).append('\t').append(o.eTag()).append('\t').append(o.lastModified().toEpochMilli())
                    .append('\t').append(e.sha256()).append('\t').append(e.headersHash()).append('\n');
        }
        s3.putObject(r -> r.bucket(to.bucket()).key(key(to)).contentType("text/tab-separated-values; charset=utf-8")
                .cacheControl("no-store"), RequestBody.fromString(sb.toString(), StandardCharsets.UTF_8));
    }
}
