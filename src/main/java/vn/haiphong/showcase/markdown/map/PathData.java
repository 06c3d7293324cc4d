package vn.haiphong.showcase.markdown.map;

/**
 * Builds an SVG path's {@code d} text: coordinates rounded to tenths once, then written as relative
 * steps in whole tenths, so the text is short and never drifts; points that round onto the
 * previous one are skipped.
 */
final class PathData {
    private final StringBuilder d = new StringBuilder();

    /** Adds a shape of at least two distinct rounded points; returns false (adding nothing) otherwise. */
    boolean add(double[] xy, boolean closed) {
        int n = xy.length / 2;
        long[] tenths = new long[2 * n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            long x = Math.round(xy[2 * i] * 10);
            long y = Math.round(xy[2 * i + 1] * 10);
            if (m > 0 && tenths[m - 2] == x && tenths[m - 1] == y) {
                continue;
            }
            tenths[m++] = x;
            tenths[m++] = y;
        }
        if (closed && m >= 4 && tenths[0] == tenths[m - 2] && tenths[1] == tenths[m - 1]) {
            m -= 2;
        }
        if (m < (closed ? 6 : 4)) {
            return false;
        }
        d.append('M');
        number(tenths[0], false);
        number(tenths[1], true);
        d.append('l');
        for (int i = 2; i < m; i += 2) {
            number(tenths[i] - tenths[i - 2], i > 2);
            number(tenths[i + 1] - tenths[i - 1], true);
        }
        if (closed) {
            d.append('z');
        }
        return true;
    }

    boolean isEmpty() {
        return d.length() == 0;
    }

    @Override
    public String toString() {
        return d.toString();
    }

    /** Writes tenths as a decimal: 125 → 12.5, -5 → -.5, 30 → 3; a space only where a sign does not separate. */
    private void number(long tenths, boolean separate) {
        if (separate && tenths >= 0) {
            d.append(' ');
        }
        if (tenths < 0) {
            d.append('-');
        }
        long abs = Math.abs(tenths);
        long whole = abs / 10;
        long fraction = abs % 10;
        if (whole > 0 || fraction == 0) {
            d.append(whole);
        }
        if (fraction > 0) {
            d.append('.').append(fraction);
        }
    }
}
