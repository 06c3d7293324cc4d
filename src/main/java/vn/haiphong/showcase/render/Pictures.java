package vn.haiphong.showcase.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.haiphong.showcase.images.ImageSet;
import vn.haiphong.showcase.images.ResponsiveImage;
import vn.haiphong.showcase.images.Variant;
import vn.haiphong.showcase.markdown.Picture;

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
     * The template model of an image: {@code sources} ({@code type}, {@code srcset}), {@code src},
     * {@code srcset}, {@code width}, {@code height}, {@code placeholder} (its CSS class), {@code large}
     * (the largest JPEG: {@code src}, {@code width}, {@code height}) and the file's {@code caption},
     * {@code credit}, {@code copyright}. Shown by {@code templates/partials/picture.ftl}.
     */
    static Map<String, Object> model(ResponsiveImage r) {
        Picture p = of(r);
        Variant large = r.largest();
        return PageModels.map(
                "sources", p.sources().stream().map(s -> PageModels.map("type", s.type(), "srcset", s.srcset())).toList(),
                "src", p.src(), "srcset", p.srcset(), "width", p.width(), "height", p.height(),
                "placeholder", p.placeholder(),
                "large", PageModels.map("src", large.url(), "width", large.width(), "height", large.height()),
                "caption", r.metadata().caption(), "credit", p.credit(), "copyright", r.metadata().copyright());
    }
}
