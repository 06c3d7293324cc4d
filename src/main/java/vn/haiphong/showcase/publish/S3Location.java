package vn.haiphong.showcase.publish;

/**
 * Where a site is published: {@code s3://BUCKET/PREFIX}. The prefix is empty or ends with
 * {@code /}; an output file {@code en/index.html} becomes the key {@code PREFIX + "en/index.html"}.
 */
public record S3Location(String bucket, String prefix) {
    /** Parses {@code s3://bucket} or {@code s3://bucket/some/prefix}; throws {@link IllegalArgumentException} otherwise. */
    public static S3Location parse(String uri) {
        if (uri == null || !uri.startsWith("s3://") || uri.length() <= 5) {
            throw new IllegalArgumentException("--to must look like s3://BUCKET/PREFIX, not `" + uri + "`");
        }
        String rest = uri.substring(5);
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new IllegalArgumentException("`" + bucket + "` is not a bucket name (3–63 lower-case letters, digits, dots, dashes)");
        }
        while (prefix.startsWith("/")) {
            prefix = prefix.substring(1);
        }
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            prefix = prefix + "/";
        }
        return new S3Location(bucket, prefix);
    }

    /** The object key of the output file {@code path}. */
    public String key(String path) {
        return prefix + path;
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + prefix;
    }
}
