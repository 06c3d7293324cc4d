package vn.haiphong.showcase.markdown.map;

/**
 * Where the site build gets its {@link MapDrawer}: the one place that chooses the drawer of
 * published sites (tests give the Markdown renderer their own).
 */
public final class MapDrawers {
    private MapDrawers() {
    }

    /** The drawer of published sites: the bundled GSHHG coastline ({@link StaticMap}). */
    public static MapDrawer standard() {
        return new StaticMap();
    }
}
