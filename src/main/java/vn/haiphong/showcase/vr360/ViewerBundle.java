package vn.haiphong.showcase.vr360;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The exhibition viewer (Photo Sphere Viewer 5 and its plugins + our script and styles),
 * bundled by esbuild when the jar is built (src/main/js/exhibition) and published under
 * content-hashed names, {@code /js/exhibition.<hash>.js} and {@code /css/exhibition.<hash>.css}.
 */
public record ViewerBundle(byte[] js, byte[] css, String jsUrl, String cssUrl) {
    private static final String RESOURCES = "/vn/haiphong/showcase/vr360/";

    /** The bundle of this jar, read once. */
    public static ViewerBundle get() {
        return Holder.BUNDLE;
    }

    private static final class Holder {
        static final ViewerBundle BUNDLE = load();
    }

    private static ViewerBundle load() {
        byte[] js = resource("exhibition.js");
        byte[] css = resource("exhibition.css");
        return new ViewerBundle(js, css, "/js/exhibition." + hash(js) + ".js", "/css/exhibition." + hash(css) + ".css");
    }

    private static byte[] resource(String name) {
        try (InputStream in = ViewerBundle.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the exhibition viewer " + RESOURCES + name + " is not in this build:"
                        + " build the generator with Maven (`mvn package`), which bundles it with esbuild");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
