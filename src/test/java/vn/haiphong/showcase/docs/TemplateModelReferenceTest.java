package vn.haiphong.showcase.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.render.model.Card;
import vn.haiphong.showcase.render.model.ExhibitionView;
import vn.haiphong.showcase.render.model.PageView;

/**
 * The template reference is generated from the model's types (by {@code mvn site}, outside CI);
 * this keeps it complete in CI: a new field of the model without a meaning fails here.
 */
class TemplateModelReferenceTest {

    @Test
    void everyTypeAndFieldOfTheModelHasAMeaning() {
        List<String> missing = TemplateModelReference.undescribed();
        assertTrue(missing.isEmpty(), "add these to TemplateModelReference (MEANING):\n" + String.join("\n", missing));
    }

    @Test
    void theModelIsReadFromTheRecordsAsTemplatesSeeIt() {
        Map<Class<?>, List<String>> paths = new java.util.HashMap<>();
        ModelTypes.walk(TemplateModelReference.ROOT).forEach(n -> paths.put(n.type(), n.paths()));
        assertEquals(List.of("page"), paths.get(PageView.class));
        assertEquals(List.of("page.pager"), paths.get(PageView.Pager.class));
        assertTrue(paths.get(Card.class).containsAll(List.of("site.latest[]", "page.pages[]",
                "site.sections.NAME.pages[]", "page.chapter.previous")), paths.get(Card.class).toString());
        assertTrue(ModelTypes.fields(ExhibitionView.Track.class).stream().anyMatch(f -> f.name().equals("default")),
                "isDefault() is read as `default`, a Java Beans property");
        assertEquals("list of Card", ModelTypes.describe(ModelTypes.fields(PageView.class).stream()
                .filter(f -> f.name().equals("pages")).findFirst().orElseThrow().type()));
        assertEquals("map of SiteView.Section", ModelTypes.describe(ModelTypes.fields(vn.haiphong.showcase.render.model.SiteView.class)
                .stream().filter(f -> f.name().equals("sections")).findFirst().orElseThrow().type()));
    }
}
