package vn.haiphong.showcase.render;

import java.util.ArrayList;
import java.util.List;
import vn.haiphong.showcase.images.ImageSet;
import vn.haiphong.showcase.images.ResponsiveImage;
import vn.haiphong.showcase.images.Variant;
import vn.haiphong.showcase.markdown.Picture;
import vn.haiphong.showcase.render.model.PictureView;

/** A processed image as the Markdown renderer and the templates see it. */
final class Pictures {
    private Pictures() {
    }

    static Picture of(ResponsiveImage r) {
        List<Picture.Source> sources = new ArrayList<>();
        for (Variant.Format f : r.formats()) {
            if (f != r.fallbackFormat()) {
                sources.add(new Picture.Source(f.mimeType(), r.srcset(f)));
            }
        }
        Variant fallback = r.fallback();
        String credit = !r.metadata().credit().isEmpty() ? r.metadata().credit() : r.metadata().copyright();
        return new Picture(List.copyOf(sources), fallback.url(), r.srcset(r.fallbackFormat()), r.width(), r.height(),
                placeholderClass(r), r.metadata().caption(), credit);
    }

    /** Where the placeholders' stylesheet is published (when the site has processed images). */
    static final String STYLESHEET = "css/pictures.css";

    /** {@code ph-} and 12 hex digits of a hash of the picture's URL: stable from build to build. */
    static String placeholderClass(ResponsiveImage r) {
        long h = MarkdownStore.hash(0x5eed, r.url());
        return "ph-" + String.format("%012x", h & 0xffffffffffffL);
    }

    /**
     * Every picture's placeholder as a CSS rule: the average colour under the tiny thumbnail,
     * stretched (which blurs it). One small stylesheet instead of inline styles, which a strict
     * Content-Security-Policy refuses.
     */
    static String stylesheet(ImageSet images) {
        StringBuilder sb = new StringBuilder("/* placeholders shown while pictures load; generated */\n");
        images.all().stream().sorted(java.util.Comparator.comparing(ResponsiveImage::url)).forEach(r -> {
            sb.append('.').append(placeholderClass(r)).append("{background:").append(r.color());
            if (!r.placeholder().isEmpty()) {
                sb.append(" url(").append(r.placeholder()).append(") center/cover no-repeat");
            }
            sb.append("}\n");
        });
        return sb.toString();
    }

    /**
     * The template model of an image, shown by {@code templates/partials/picture.ftl}; {@code alt}
     * when the model knows what it shows, else null.
     */
    static PictureView model(ResponsiveImage r, String alt) {
        Picture p = of(r);
        Variant large = r.largest();
        return new PictureView(p.sources().stream().map(s -> new PictureView.Source(s.type(), s.srcset())).toList(),
                p.src(), p.srcset(), p.width(), p.height(), p.placeholder(),
                new PictureView.Large(large.url(), large.width(), large.height()),
                r.metadata().caption(), p.credit(), r.metadata().copyright(), alt);
    }
}
