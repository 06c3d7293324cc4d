package vn.haiphong.showcase.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void yamlHeaderIsSplitFromTheBodyWithLineNumbers() {
        FrontMatter fm = FrontMatter.split("---\ntitle: \"A\"\ndate: 2025-05-13\n---\n\nBody\n");
        assertEquals(FrontMatter.Format.YAML, fm.format());
        assertEquals("title: \"A\"\ndate: 2025-05-13\n", fm.header());
        assertEquals("\nBody\n", fm.body());
        assertEquals(2, fm.headerLine());
        assertEquals(5, fm.bodyLine());
    }

    @Test
    void windowsLineEndingsAreNormalised() {
        FrontMatter fm = FrontMatter.split("---\r\ntitle: A\r\n---\r\nBody\r\n");
        assertEquals("title: A\n", fm.header());
        assertEquals("Body\n", fm.body());
    }

    @Test
    void jbakeHeaderIsReadAsPairs() {
        FrontMatter fm = FrontMatter.split("title=Cảng\ndate=2024-03-01\ntags=a, b\n\nstatus=published\n~~~~~~\nText\n");
        assertEquals(FrontMatter.Format.JBAKE, fm.format());
        assertEquals("Cảng", fm.jbake().get("title"));
        assertEquals("a, b", fm.jbake().get("tags"));
        assertEquals("Text\n", fm.body());
        assertEquals(7, fm.bodyLine());
    }

    @Test
    void unclosedYamlHeaderHasNoHeaderText() {
        FrontMatter fm = FrontMatter.split("---\ntitle: A\nno end\n");
        assertEquals(FrontMatter.Format.YAML, fm.format());
        assertNull(fm.header());
    }

    @Test
    void plainMarkdownHasNoHeader() {
        assertEquals(FrontMatter.Format.NONE, FrontMatter.split("# Title\n\ntext = not a header\n").format());
        assertEquals(FrontMatter.Format.NONE, FrontMatter.split("Some text\n~~~~~~\n").format());
    }
}
