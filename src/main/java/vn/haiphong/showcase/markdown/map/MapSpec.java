package vn.haiphong.showcase.markdown.map;

import java.util.List;

/**
 * What a {@code ::map} or {@code :::map} component asks for: the centre (WGS 84 degrees), a zoom
 * level in the web-map sense (each step halves the area shown), the labelled points, the
 * language of the page the map sits on (a BCP 47 tag such as {@code vi} or {@code zh-Hans}) and a
 * short title that names the map for screen readers.
 */
public record MapSpec(double lat, double lon, int zoom, List<MapPoint> points, String languageTag, String title) {
    public MapSpec {
        points = List.copyOf(points);
    }
}
