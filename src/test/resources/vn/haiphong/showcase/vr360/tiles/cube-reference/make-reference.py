#!/usr/bin/env python3
"""Makes the synthetic panorama and its reference cube faces in this folder (see README.md).

Independent of the project's Java code: numpy draws the panorama and works out, for every pixel
of every face, the direction it looks at and where that direction lies in the panorama; libvips
(`vips`, Debian's libvips-tools) encodes the JPEG, decodes it again and resamples it at those
places (mapim, bilinear). It writes next to itself, from wherever it is run:

    python3 make-reference.py                  # panorama-1024x512.jpg and faces/*.jpg
    python3 make-reference.py --validate DIR   # projects DIR's held-out real panorama the same
                                               # way and compares with Pannellum's faces of it

Directions are {x: yaw 0 (the middle of the panorama), y: yaw 90 degrees (a quarter of the width
to the right), z: up}. The faces are in the standard orientation of Pannellum's and Hugin's cube
faces: side faces have the sky up and turn right across their width; `top` is seen by tilting the
head back from `front` (its bottom edge meets `front`, its right edge meets `right`); `bottom` is
seen by looking down from `front` (its top edge meets `front`, its right edge meets `right`).
"""
import argparse
import math
import os
import subprocess
import sys
import tempfile

import numpy as np

WIDTH, HEIGHT = 1024, 512
PANORAMA_QUALITY = 80
FACE = 256
FACE_QUALITY = 90
HERE = os.path.dirname(os.path.abspath(__file__))

# face: (centre, right, up), unit vectors in {x, y, z}
FACES = {
    "front": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "right": ((0, 1, 0), (-1, 0, 0), (0, 0, 1)),
    "back": ((-1, 0, 0), (0, -1, 0), (0, 0, 1)),
    "left": ((0, -1, 0), (1, 0, 0), (0, 0, 1)),
    "top": ((0, 0, 1), (0, 1, 0), (-1, 0, 0)),
    "bottom": ((0, 0, -1), (0, 1, 0), (1, 0, 0)),
}

# 5 x 7 letters drawn upright at each face's centre: a flipped or turned face shows them wrong
GLYPHS = {
    "front": ["#####", "#....", "#....", "####.", "#....", "#....", "#...."],  # F
    "right": ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"],  # R
    "back": ["####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."],  # B
    "left": ["#....", "#....", "#....", "#....", "#....", "#....", "#####"],  # L
    "top": ["#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],  # U
    "bottom": ["####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."],  # D
}


def vips(*args):
    subprocess.run(["vips", *map(str, args)], check=True)


def directions_of_panorama():
    """Unit direction of every panorama pixel centre: (H, W, 3)."""
    yaw = (np.arange(WIDTH) + 0.5) / WIDTH * 2 * math.pi - math.pi
    pitch = math.pi / 2 - (np.arange(HEIGHT) + 0.5) / HEIGHT * math.pi
    yaw, pitch = np.meshgrid(yaw, pitch)
    return np.stack([np.cos(pitch) * np.cos(yaw), np.cos(pitch) * np.sin(yaw), np.sin(pitch)], axis=-1), yaw, pitch


def draw_panorama():
    """The panorama's pixels, (H, W, 3) uint8."""
    d, yaw, pitch = directions_of_panorama()
    # each quarter of the horizon its own colour (all four equally bright in grey) and brightness,
    # brightening to the right within it, and the sky lighter than the ground: a mirrored, flipped
    # or turned face differs from the right one in grey levels almost everywhere
    sector = np.floor((yaw + math.pi / 4) / (math.pi / 2)).astype(int) % 4  # 0 front, 1 right, 2 back, 3 left
    ramp = ((yaw + math.pi / 4) / (math.pi / 2)) % 1.0
    hue = np.array([[235, 95, 75], [70, 190, 70], [90, 140, 250], [215, 190, 60]], float)
    hue = (hue * (170 / (hue @ [0.299, 0.587, 0.114]))[:, None])[sector]
    level = np.array([1.0, 0.85, 0.7, 0.55])[sector] * (0.4 + 0.6 * ramp)
    level = level * (0.5 + 0.5 / (1 + np.exp(-np.degrees(pitch) / 4)))
    rgb = hue * level[..., None]
    # a thin dark line every 30 degrees of pitch, and of yaw away from the poles
    near = lambda deg: np.abs((deg + 15) % 30 - 15) < 0.5
    grid = near(np.degrees(pitch)) | (near(np.degrees(yaw)) & (np.abs(pitch) < math.radians(75)))
    rgb[grid] *= 0.55
    # the letters, upright in each face's own frame (gnomonic, so they are straight on the face)
    for face, (c, r, u) in FACES.items():
        c, r, u = (np.array(v, float) for v in (c, r, u))
        along = d @ c
        facing = np.where(along > 0, along, 1.0)
        a = np.where(along > 0, (d @ r) / facing, 9.0)
        b = np.where(along > 0, (d @ u) / facing, 9.0)
        # the letter spans a from -0.25 to 0.25 and b from -0.35 to 0.35 (face half-width: 1)
        col = np.floor((a + 0.25) / 0.5 * 5)
        row = np.floor((0.35 - b) / 0.7 * 7)
        inside = (along > 0) & (col >= 0) & (col < 5) & (row >= 0) & (row < 7)
        glyph = np.array([[ch == "#" for ch in line] for line in GLYPHS[face]])
        on = np.zeros(inside.shape, bool)
        on[inside] = glyph[row[inside].astype(int), col[inside].astype(int)]
        rgb[on] = (250, 250, 245)
        # a dark disc to the right of the letter's upper half, on neither axis nor diagonal of the face
        dot = (along > 0) & ((a - 0.6) ** 2 + (b - 0.25) ** 2 < 0.2 ** 2)
        rgb[dot] = (20, 20, 30)
    return np.clip(np.rint(rgb), 0, 255).astype(np.uint8)


def sample_points(face, size, width, height):
    """Where each pixel centre of `face` (size x size) looks in a width x height panorama: (size, size, 2) float32."""
    c, r, u = (np.array(v, float) for v in FACES[face])
    t = (np.arange(size) + 0.5) / size * 2 - 1  # -1 at the left (top) edge, 1 at the right (bottom)
    a, b = np.meshgrid(t, t)  # a across, b down
    d = c + a[..., None] * r - b[..., None] * u
    yaw = np.arctan2(d[..., 1], d[..., 0])
    pitch = np.arctan2(d[..., 2], np.hypot(d[..., 0], d[..., 1]))
    x = (yaw + math.pi) / (2 * math.pi) * width - 0.5
    y = (math.pi / 2 - pitch) / math.pi * height - 0.5
    return np.stack([x, y], axis=-1).astype("<f4")


def project(panorama_jpg, width, height, size, out_dir, tmp, quality):
    """Writes the six faces of a panorama JPEG, resampled by libvips at the points numpy works out."""
    # two columns wrapped around at each side, two rows repeated at top and bottom, for the bilinear neighbours
    vips("embed", panorama_jpg, f"{tmp}/wrapped.v", 2, 0, width + 4, height, "--extend", "repeat")
    vips("embed", f"{tmp}/wrapped.v", f"{tmp}/padded.v", 0, 2, width + 4, height + 4, "--extend", "copy")
    paths = {}
    for face in FACES:
        (sample_points(face, size, width, height) + 2).tofile(f"{tmp}/{face}.raw")
        vips("rawload", f"{tmp}/{face}.raw", f"{tmp}/{face}-index.v", size, size, 2, "--format", "float")
        vips("mapim", f"{tmp}/padded.v", f"{tmp}/{face}.v", f"{tmp}/{face}-index.v", "--interpolate", "bilinear")
        paths[face] = os.path.join(out_dir, face + ".jpg")
        vips("jpegsave", f"{tmp}/{face}.v", paths[face], "--Q", quality, "--strip")
    return paths


def grey(path, size):
    """The picture at `path` shrunk to size x size, as grey levels (float array)."""
    with tempfile.TemporaryDirectory() as tmp:
        vips("thumbnail", path, f"{tmp}/s.v", size, "--height", size, "--size", "force")
        vips("colourspace", f"{tmp}/s.v", f"{tmp}/g.v", "b-w")
        vips("extract_band", f"{tmp}/g.v", f"{tmp}/g1.v", 0)
        vips("rawsave", f"{tmp}/g1.v", f"{tmp}/g.raw")
        return np.fromfile(f"{tmp}/g.raw", np.uint8).astype(float).reshape(size, size)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--validate", metavar="HELDOUT_DIR",
                        help="project the held-out panorama there and compare with Pannellum's faces in its cube/")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.validate:
            pano = os.path.join(args.validate, "jordan-pond-equirect-4096x2048.jpg")
            faces = project(pano, 4096, 2048, 1584, tmp, tmp, 95)
            for i, face in enumerate(["front", "right", "back", "left", "top", "bottom"]):
                ref = grey(os.path.join(args.validate, "cube", f"jordan-pond-cube{i}.jpg"), 256)
                ours = grey(faces[face], 256)
                wrong = min(np.abs(np.rot90(ours, k) - ref).mean() for k in (1, 2, 3))
                print(f"{face}: mean absolute grey difference {np.abs(ours - ref).mean():.1f}"
                      f" (turned: {wrong:.1f}, mirrored: {np.abs(ours[:, ::-1] - ref).mean():.1f})")
            return
        pixels = draw_panorama()
        pixels.tofile(f"{tmp}/panorama.raw")
        vips("rawload", f"{tmp}/panorama.raw", f"{tmp}/panorama.v", WIDTH, HEIGHT, 3, "--interpretation", "srgb")
        pano = os.path.join(HERE, f"panorama-{WIDTH}x{HEIGHT}.jpg")
        vips("jpegsave", f"{tmp}/panorama.v", pano, "--Q", PANORAMA_QUALITY, "--strip")
        os.makedirs(os.path.join(HERE, "faces"), exist_ok=True)
        # the faces come from the JPEG as decoded, the same pixels the tiler reads
        project(pano, WIDTH, HEIGHT, FACE, os.path.join(HERE, "faces"), tmp, FACE_QUALITY)


if __name__ == "__main__":
    sys.exit(main())
