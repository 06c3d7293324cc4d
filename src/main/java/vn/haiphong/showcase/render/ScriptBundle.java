package vn.haiphong.showcase.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.haiphong.showcase.content.Permalinks;

/**
 * A script and its stylesheet that esbuild bundled into this jar during the Maven build (from
 * {@code src/main/js/<name>/}), published under content-hashed names
 * ({@code /js/lightbox.<hash>.js}, {@code /css/lightbox.<hash>.css}) so they can be cached for ever.
 */
record ScriptBundle(byte[] js, byte[] css, String jsUrl, String cssUrl) {

    /** The photo book's lightbox (PhotoSwipe + our script), read once. */
    static ScriptBundle lightbox() {
        return Holder.LIGHTBOX;
    }

    /**
     * The exhibition page's own script and the styles of the whole exhibition, read once: it shows
     * the rooms' list, the still of the first room and the start button, and loads
     * {@link #exhibitionViewer()} when the visitor starts the tour.
     */
    static ScriptBundle exhibition() {
        return Holder.EXHIBITION;
    }

    /** The viewer itself (Photo Sphere Viewer 5 and its plugins + our tour), loaded on demand; no stylesheet. */
    static ScriptBundle exhibitionViewer() {
        return Holder.EXHIBITION_VIEWER;
    }

    /**
     * The headset mode (WebXR immersive-vr), loaded by the viewer when the visitor presses "Enter VR";
     * it draws with the viewer's own three.js, so it is small; no stylesheet.
     */
    static ScriptBundle exhibitionXr() {
        return Holder.EXHIBITION_XR;
    }

    /** The search page's module (issue 14): analyser, shard loader, ranking and results; no stylesheet. */
    static ScriptBundle search() {
        return Holder.SEARCH;
    }

    /** Loaded on first use (the holder idiom: no mutable static state). */
    private static final class Holder {
        static final ScriptBundle LIGHTBOX = load("/vn/haiphong/showcase/photobook/", "lightbox", "the photo book's lightbox");
        static final ScriptBundle EXHIBITION = load("/vn/haiphong/showcase/vr360/", "exhibition", "the exhibition's page script");
        static final ScriptBundle SEARCH = load("/vn/haiphong/showcase/search/", "search", "the search page's script");
        static final ScriptBundle EXHIBITION_VIEWER = load("/vn/haiphong/showcase/vr360/", "exhibition-viewer", "the exhibition viewer");
        static final ScriptBundle EXHIBITION_XR = load("/vn/haiphong/showcase/vr360/", "exhibition-xr", "the exhibition's headset mode");
    }

    /** {@code name.js} and, when the jar has one, {@code name.css} (else {@code css} is empty and {@code cssUrl} null). */
    private static ScriptBundle load(String folder, String name, String what) {
        byte[] js = resource(folder + name + ".js", what);
        boolean styled = ScriptBundle.class.getResource(folder + name + ".css") != null;
        byte[] css = styled ? resource(folder + name + ".css", what) : new byte[0];
        return new ScriptBundle(js, css, Permalinks.bundle(name, hash(js), "js"),
                styled ? Permalinks.bundle(name, hash(css), "css") : null);
    }

    private static byte[] resource(String path, String what) {
        try (InputStream in = ScriptBundle.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(what + " (" + path + ") is not in this build:"
                        + " build the generator with Maven (`mvn package`), which bundles it with esbuild");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
