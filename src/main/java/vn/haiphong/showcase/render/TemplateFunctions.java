package vn.haiphong.showcase.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.util.ArrayList;
import java.util.List;
import vn.haiphong.showcase.i18n.UiStrings;

/** The functions templates call: {@code t}, {@code tn} and {@code image}. */
final class TemplateFunctions {
    private final RenderContext ctx;
    private final PageModels models;

    TemplateFunctions(RenderContext ctx, PageModels models) {
        this.ctx = ctx;
        this.models = models;
    }

    /** {@code t("key", "name", value…)}: a UI string with placeholders filled. */
    TemplateMethodModelEx translate(String lang) {
        return args -> {
            if (args.isEmpty()) {
                throw new TemplateModelException("t(\"key\") needs the key of a UI string");
            }
            List<Object> rest = new ArrayList<>();
            for (int i = 1; i < args.size(); i++) {
                rest.add(DeepUnwrap.unwrap((TemplateModel) args.get(i)));
            }
            return new SimpleScalar(UiStrings.fill(ctx.ui().get(lang, str(args.get(0))), rest));
        };
    }

    /** {@code tn("key", count, "name", value…)}: the plural form for {@code count}. */
    TemplateMethodModelEx translatePlural(String lang) {
        return args -> {
            if (args.size() < 2 || !(args.get(1) instanceof TemplateNumberModel n)) {
                throw new TemplateModelException("tn(\"key\", count) needs a key and a number");
            }
            List<Object> rest = new ArrayList<>();
            for (int i = 2; i < args.size(); i++) {
                rest.add(DeepUnwrap.unwrap((TemplateModel) args.get(i)));
            }
            String text = ctx.ui().plural(lang, str(args.get(0)), n.getAsNumber().longValue());
            return new SimpleScalar(UiStrings.fill(text, rest));
        };
    }

    /** {@code image("/photos/harbour.jpg")}: an image of assets/ for templates, or null when it is not a processed image. */
    TemplateMethodModelEx image() {
        return args -> {
            if (args.size() != 1) {
                throw new TemplateModelException("image(\"/photos/name.jpg\") takes the image's path under assets/");
            }
            return models.picture(str(args.get(0)));
        };
    }

    private static String str(Object o) throws TemplateModelException {
        if (o instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        return String.valueOf(o);
    }
}
