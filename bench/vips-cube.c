/* The libvips reference of bench/vr360.sh: an equirect JPEG to the same cube tiles as
 * `showcase vr360 tile` (six faces, 512 px tiles in a Google-layout pyramid, JPEG Q75), in one
 * process through libvips' own API: decode once into memory (two columns wrapped and two rows
 * repeated around it for the bilinear neighbours), then per face `mapim` (bilinear) with the
 * index map made beforehand by bench/vips-cube-maps.py, straight into `dzsave`. libvips runs
 * each operation on its own thread pool (as many threads as cores, VIPS_CONCURRENCY to change).
 * No area averaging and no polar filter: less work per pixel than the tiler, same geometry.
 *
 * Build: cc -O2 -o vips-cube bench/vips-cube.c $(pkg-config --cflags --libs vips)   (libvips-dev)
 * Usage: vips-cube PANORAMA.jpg MAPS_DIR OUT_DIR      (MAPS_DIR holds {face}.v; OUT_DIR is created)
 */
#include <stdio.h>
#include <glib/gstdio.h>
#include <vips/vips.h>

static const char *FACES[] = {"front", "right", "back", "left", "top", "bottom"};

int main(int argc, char **argv) {
    if (VIPS_INIT(argv[0]) || argc != 4) {
        fprintf(stderr, "usage: %s PANORAMA.jpg MAPS_DIR OUT_DIR\n", argv[0]);
        return 2;
    }
    VipsImage *in, *wrapped, *padded, *pixels;
    if (!(in = vips_image_new_from_file(argv[1], NULL)))
        vips_error_exit(NULL);
    int w = in->Xsize, h = in->Ysize;
    if (vips_embed(in, &wrapped, 2, 0, w + 4, h, "extend", VIPS_EXTEND_REPEAT, NULL) ||
        vips_embed(wrapped, &padded, 0, 2, w + 4, h + 4, "extend", VIPS_EXTEND_COPY, NULL) ||
        !(pixels = vips_image_copy_memory(padded)))
        vips_error_exit(NULL);
    if (g_mkdir_with_parents(argv[3], 0755))
        vips_error_exit("cannot create %s", argv[3]);
    VipsInterpolate *bilinear = vips_interpolate_new("bilinear");
    char path[4096];
    for (int f = 0; f < 6; f++) {
        VipsImage *map, *face;
        snprintf(path, sizeof path, "%s/%s.v", argv[2], FACES[f]);
        if (!(map = vips_image_new_from_file(path, NULL)) ||
            vips_mapim(pixels, &face, map, "interpolate", bilinear, NULL))
            vips_error_exit(NULL);
        snprintf(path, sizeof path, "%s/%s", argv[3], FACES[f]);
        if (vips_dzsave(face, path, "layout", VIPS_FOREIGN_DZ_LAYOUT_GOOGLE, "tile_size", 512, "overlap", 0,
                        "suffix", ".jpg[Q=75]", NULL))
            vips_error_exit(NULL);
        g_object_unref(face);
        g_object_unref(map);
    }
    return 0;
}
