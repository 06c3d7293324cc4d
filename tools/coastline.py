#!/usr/bin/env python3
"""Regenerates the static maps' coastline resource from GSHHG (the Debian packages `gmt` and
`gmt-gshhg-full`): apt-get install gmt gmt-gshhg-full && python3 tools/coastline.py

GMT dumps the full-resolution shorelines, rivers and the national border of the region as line
segments cut at its 1-degree bins. This script joins the pieces again, closes the shorelines that
leave the region along its edge (GSHHG keeps land on the left of every shoreline, so walking the
edge counter-clockwise from where a shoreline leaves reaches where the next one enters), simplifies
everything (Douglas-Peucker, ~9 m) and writes the compact binary file described in
src/main/resources/vn/haiphong/showcase/markdown/map/coastline.NOTICE.md. Same input, same bytes.
"""
import math
import subprocess
import sys
import tempfile
from pathlib import Path

# West, east, south, north in degrees: Hai Phong (with the former Hai Duong province), Cat Ba,
# Bach Long Vi, and enough sea and neighbouring land around them for a zoom-8 map of any of them.
REGION = (105.2, 108.6, 19.5, 21.9)
UNIT = 1e5                # stored coordinates are integers in 1e-5 degrees (about 1.1 m)
TOLERANCE = 0.00008       # Douglas-Peucker tolerance in degrees of latitude (~9 m)
MIN_RING_AREA = 2.0e-7    # islands and lakes smaller than ~ (50 m)^2 are dropped
RIVER_LEVELS = ("-I2", "-I3")  # WDBII: permanent major rivers, additional major rivers
KIND_AREA, KIND_RIVER, KIND_BORDER = 1, 2, 3
OUT = Path(__file__).resolve().parent.parent / "src/main/resources/vn/haiphong/showcase/markdown/map/coastline.bin"


def gmt_segments(*options):
    w, e, s, n = REGION
    with tempfile.TemporaryDirectory() as scratch:   # gmt leaves gmt.history in its working directory
        text = subprocess.run(["gmt", "coast", f"-R{w}/{e}/{s}/{n}", "-Df", *options, "-M"], cwd=scratch,
                              check=True, capture_output=True, text=True).stdout
    segments, current = [], None
    for line in text.splitlines():
        if line.startswith(">"):
            current = []
            segments.append(current)
        elif line.strip():
            x, y = line.split()[:2]
            current.append((round(float(x), 7), round(float(y), 7)))
    return [s for s in segments if len(s) >= 2]


def join(segments):
    """Joins segments whose end is another's start; returns (closed rings, open chains)."""
    by_start = {}
    for i, s in enumerate(segments):
        by_start.setdefault(s[0], []).append(i)
    used = [False] * len(segments)
    rings, chains = [], []
    for i, s in enumerate(segments):
        if used[i]:
            continue
        used[i] = True
        chain = list(s)
        # extend forwards
        while chain[0] != chain[-1]:
            nxt = [j for j in by_start.get(chain[-1], []) if not used[j]]
            if not nxt:
                break
            used[nxt[0]] = True
            chain.extend(segments[nxt[0]][1:])
        # extend backwards
        while chain[0] != chain[-1]:
            prv = [j for j, t in enumerate(segments) if not used[j] and t[-1] == chain[0]]
            if not prv:
                break
            used[prv[0]] = True
            chain = segments[prv[0]][:-1] + chain
        (rings if chain[0] == chain[-1] else chains).append(chain)
    return rings, chains


def edge_position(p):
    """Distance along the region's edge, counter-clockwise from the south-west corner."""
    w, e, s, n = REGION
    x, y = p
    eps = 1e-6
    if abs(y - s) < eps:
        return x - w
    if abs(x - e) < eps:
        return (e - w) + (y - s)
    if abs(y - n) < eps:
        return (e - w) + (n - s) + (e - x)
    if abs(x - w) < eps:
        return 2 * (e - w) + (n - s) + (n - y)
    raise ValueError(f"open shoreline ends inside the region at {p}")


def close_along_edge(chains):
    w, e, s, n = REGION
    perimeter = 2 * (e - w) + 2 * (n - s)
    corners = [(0.0, (w, s)), (e - w, (e, s)), ((e - w) + (n - s), (e, n)), (2 * (e - w) + (n - s), (w, n))]
    starts = sorted((edge_position(c[0]), i) for i, c in enumerate(chains))
    used = [False] * len(chains)
    rings = []
    for first in range(len(chains)):
        if used[first]:
            continue
        ring, i = [], first
        while not used[i]:
            used[i] = True
            ring.extend(chains[i])
            leave = edge_position(chains[i][-1])
            # the next shoreline entering the region counter-clockwise from here
            gap, j = min((((p - leave) % perimeter), j) for p, j in starts)
            for cp, corner in sorted(corners, key=lambda c: (c[0] - leave) % perimeter):
                if 1e-9 < (cp - leave) % perimeter < gap:
                    ring.append(corner)
            i = j
        ring.append(ring[0])
        rings.append(ring)
    return rings


def area(ring):
    return sum(ring[k][0] * ring[k + 1][1] - ring[k + 1][0] * ring[k][1] for k in range(len(ring) - 1)) / 2


def simplify(points, tol):
    """Douglas-Peucker on longitude scaled by cos(latitude), iterative, ends kept."""
    k = math.cos(math.radians((REGION[2] + REGION[3]) / 2))
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a][0] * k, points[a][1]
        bx, by = points[b][0] * k, points[b][1]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        best, index = -1.0, -1
        for m in range(a + 1, b):
            px, py = points[m][0] * k - ax, points[m][1] - ay
            d = abs(px * dy - py * dx) / length if length > 0 else math.hypot(px, py)
            if d > best:
                best, index = d, m
        if index > 0 and best > tol:
            keep[index] = True
            stack.append((a, index))
            stack.append((index, b))
    return [p for p, kept in zip(points, keep) if kept]


def simplify_ring(ring, tol):
    # split at the point farthest from the first so both halves have distinct ends
    far = max(range(len(ring)), key=lambda m: (ring[m][0] - ring[0][0]) ** 2 + (ring[m][1] - ring[0][1]) ** 2)
    return simplify(ring[:far + 1], tol)[:-1] + simplify(ring[far:], tol)


def varint(value, out):
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return


def zigzag(value):
    return (value << 1) ^ (value >> 63)


def encode_points(points, out):
    varint(len(points), out)
    px = py = 0
    for x, y in points:
        ix, iy = round(x * UNIT), round(y * UNIT)
        varint(zigzag(ix - px), out)
        varint(zigzag(iy - py), out)
        px, py = ix, iy


def main():
    features = []
    rings, chains = join(gmt_segments("-W"))
    rings += close_along_edge(chains)
    for ring in rings:
        if abs(area(ring)) < MIN_RING_AREA:
            continue
        simple = simplify_ring(ring, TOLERANCE)
        if len(simple) >= 4:
            features.append((KIND_AREA, simple[:-1]))
    for kind, options in ((KIND_RIVER, RIVER_LEVELS), (KIND_BORDER, ("-N1",))):
        lines, open_lines = join(gmt_segments(*options))
        for line in lines + open_lines:
            simple = simplify(line, TOLERANCE)
            if len(simple) >= 2:
                features.append((kind, simple))
    out = bytearray(b"HPCL")
    out.append(1)
    for v in (REGION[0], REGION[2], REGION[1], REGION[3]):   # west, south, east, north
        out += round(v * UNIT).to_bytes(4, "big", signed=True)
    varint(len(features), out)
    for kind, points in features:
        out.append(kind)
        encode_points(points, out)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(bytes(out))
    counts = {k: sum(1 for f in features if f[0] == k) for k in (KIND_AREA, KIND_RIVER, KIND_BORDER)}
    points = sum(len(f[1]) for f in features)
    print(f"{OUT}: {len(out)} bytes, {counts[1]} shore rings, {counts[2]} rivers, {counts[3]} borders, {points} points",
          file=sys.stderr)


if __name__ == "__main__":
    main()
