package vn.haiphong.showcase.markdown.map;

/**
 * Where the site build gets its {@link MapDrawer}: the one place to wire the drawer that draws
 * coastlines (the production wiring is {@code new StaticMap()} once that class is in this package).
 * Until then maps show their places on a plain sea-coloured frame, correctly placed relative to
 * each other, with no coastline.
 */
public final class MapDrawers {
    private MapDrawers() {
    }

    /** The drawer of published sites. */
    public static MapDrawer standard() {
        // WIRING POINT: replace with `return new StaticMap();` when the coastline drawer is merged
        return new PlacesOnlyMap();
    }
}
