package vn.haiphong.showcase.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                r.color(), r.placeholder(), r.metadata().caption(), credit);
    }

    /**
     * The template model of an image: {@code sources} ({@code type}, {@code srcset}), {@code src},
     * {@code srcset}, {@code width}, {@code height}, {@code style} (the placeholder), {@code large}
     * (the largest JPEG: {@code src}, {@code width}, {@code height}) and the file's {@code caption},
     * {@code credit}, {@code copyright}. Shown by {@code templates/partials/picture.ftl}.
     */
    static Map<String, Object> model(ResponsiveImage r) {
        Picture p = of(r);
        Variant large = r.largest();
        return PageModels.map(
                "sources", p.sources().stream().map(s -> PageModels.map("type", s.type(), "srcset", s.srcset())).toList(),
                "src", p.src(), "srcset", p.srcset(), "width", p.width(), "height", p.height(),
                "style", p.placeholderStyle(),
                "large", PageModels.map("src", large.url(), "width", large.width(), "height", large.height()),
                "caption", r.metadata().caption(), "credit", p.credit(), "copyright", r.metadata().copyright());
    }
}
