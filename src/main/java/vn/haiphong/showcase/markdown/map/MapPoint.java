package vn.haiphong.showcase.markdown.map;

/**
 * One labelled place on a static map: WGS 84 degrees, and the label as the page's language writes it.
 */
public record MapPoint(double lat, double lon, String label) {}
