package vn.haiphong.showcase.markdown.map;

/**
 * Draws a {@link MapSpec} as an inline SVG at build time: no tiles, no requests, no scripts and no
 * inline styles, so it passes the site's Content-Security-Policy. The same spec always gives the
 * same bytes.
 */
public interface MapDrawer {
    /** The {@code <svg>} element, with {@code role="img"} and a {@code <title>}. */
    String svg(MapSpec spec);

    /** The credit line the map must show (data source and licence), in English. */
    String attribution();
}
