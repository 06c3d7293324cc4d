#!/usr/bin/env python3
"""Index maps for the libvips reference of bench/vr360.sh: where each pixel centre of each cube face
looks in a WIDTH x WIDTH/2 equirect, as the 2-band float images `vips mapim` reads (shifted by the
two columns and rows of padding bench/vr360.sh adds around the panorama). The geometry is that of
src/test/resources/.../cube-reference/make-reference.py (numpy, independent of the Java code).
The maps depend only on the sizes, so they are made once, outside the timed part, as a libvips
user tiling many panoramas would keep them.

    python3 bench/vips-cube-maps.py WIDTH FACE_SIZE OUT_DIR   # writes OUT_DIR/{face}.raw
"""
import math
import os
import sys

import numpy as np

FACES = {  # face: (centre, right, up) in {x: yaw 0, y: yaw 90 degrees, z: up}
    "front": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "right": ((0, 1, 0), (-1, 0, 0), (0, 0, 1)),
    "back": ((-1, 0, 0), (0, -1, 0), (0, 0, 1)),
    "left": ((0, -1, 0), (1, 0, 0), (0, 0, 1)),
    "top": ((0, 0, 1), (0, 1, 0), (-1, 0, 0)),
    "bottom": ((0, 0, -1), (0, 1, 0), (1, 0, 0)),
}


def main():
    width, size, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    height = width // 2
    os.makedirs(out, exist_ok=True)
    t = (np.arange(size) + 0.5) / size * 2 - 1
    a, b = np.meshgrid(t, t)
    for face, (c, r, u) in FACES.items():
        c, r, u = (np.array(v, float) for v in (c, r, u))
        d = c + a[..., None] * r - b[..., None] * u
        yaw = np.arctan2(d[..., 1], d[..., 0])
        pitch = np.arctan2(d[..., 2], np.hypot(d[..., 0], d[..., 1]))
        x = (yaw + math.pi) / (2 * math.pi) * width - 0.5 + 2
        y = (math.pi / 2 - pitch) / math.pi * height - 0.5 + 2
        np.stack([x, y], axis=-1).astype("<f4").tofile(os.path.join(out, face + ".raw"))


if __name__ == "__main__":
    main()
