package vn.haiphong.showcase.photobook.print;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import vn.haiphong.showcase.photobook.print.Typesetter.Line;
import vn.haiphong.showcase.photobook.print.Typesetter.Run;

/**
 * A tagged PDF under construction, in trim coordinates (millimetres from the trimmed page's top
 * left): every piece of text or picture is marked content belonging to a structure element in
 * reading order; backgrounds, rules, folios and crop marks are artifacts. Pages get a TrimBox
 * with {@link #BLEED_MM} of bleed around it, and crop marks outside the bleed when asked.
 */
final class TaggedBook implements AutoCloseable {
    static final float MM = 72f / 25.4f;
    static final float BLEED_MM = 3f;
    private static final float MARKS_MM = 12f;

    final PDDocument doc = new PDDocument();
    final float trimW;
    final float trimH;
    private final float off;
    private final boolean marks;
    private final PDStructureElement root;
    private final Map<Integer, COSArray> parentTree = new HashMap<>();
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final String lang;

    /** The page being drawn. */
    final class Page implements AutoCloseable {
        final PDPage pdf;
        final PDPageContentStream cs;
        final int number;
        private final COSArray mcids = new COSArray();

        private Page(int number) throws IOException {
            this.number = number;
            float media = off * 2;
            pdf = new PDPage(new PDRectangle(trimW + media, trimH + media));
            pdf.setTrimBox(new PDRectangle(off, off, trimW, trimH));
            float b = BLEED_MM * MM;
            pdf.setBleedBox(new PDRectangle(off - b, off - b, trimW + 2 * b, trimH + 2 * b));
            int key = doc.getNumberOfPages();
            pdf.getCOSObject().setInt(COSName.STRUCT_PARENTS, key);
            pdf.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            parentTree.put(key, mcids);
            doc.addPage(pdf);
            cs = new PDPageContentStream(doc, pdf);
            if (marks) {
                cropMarks();
            }
        }

        float x(float mm) {
            return off + mm * MM;
        }

        float y(float mm) {
            return off + trimH - mm * MM;
        }

        /** Starts marked content for {@code element}. */
        private void begin(PDStructureElement element, COSName tag) throws IOException {
            int mcid = mcids.size();
            COSDictionary props = new COSDictionary();
            props.setInt(COSName.MCID, mcid);
            cs.beginMarkedContent(tag, PDPropertyList.create(props));
            mcids.add(element);
            element.setPage(pdf);
            element.getCOSObject().setItem(COSName.K, append(element.getCOSObject().getDictionaryObject(COSName.K), mcid));
        }

        private COSArray append(Object k, int mcid) {
            COSArray a = k instanceof COSArray arr ? arr : new COSArray();
            if (k instanceof COSInteger i) {
                a.add(i);
            }
            a.add(COSInteger.get(mcid));
            return a;
        }

        /** Fills a rectangle (mm) as decoration. */
        void fill(float x, float y, float w, float h, Color c) throws IOException {
            artifact(() -> {
                cs.setNonStrokingColor(c);
                cs.addRect(this.x(x), this.y(y + h), w * MM, h * MM);
                cs.fill();
            });
        }

        /** A horizontal rule (mm) as decoration. */
        void rule(float x, float y, float w, float thicknessPt, Color c) throws IOException {
            artifact(() -> {
                cs.setStrokingColor(c);
                cs.setLineWidth(thicknessPt);
                cs.moveTo(this.x(x), this.y(y));
                cs.lineTo(this.x(x + w), this.y(y));
                cs.stroke();
            });
        }

        /** Lines of text whose first baseline is at {@code y} (mm), belonging to {@code element}. */
        void text(PDStructureElement element, List<Line> lines, float x, float y, float size, float leadingMm,
                  Color c, boolean alignRight, float boxW) throws IOException {
            begin(element, COSName.getPDFName(element.getStructureType()));
            drawLines(lines, x, y, size, leadingMm, c, alignRight, boxW);
            cs.endMarkedContent();
        }

        /** Text that is not content (page numbers). */
        void artifactText(List<Line> lines, float x, float y, float size, Color c, boolean alignRight, float boxW)
                throws IOException {
            artifact(() -> drawLines(lines, x, y, size, 0, c, alignRight, boxW));
        }

        private void drawLines(List<Line> lines, float x, float y, float size, float leadingMm, Color c,
                               boolean alignRight, float boxW) throws IOException {
            cs.setNonStrokingColor(c);
            float yy = y;
            for (Line line : lines) {
                float start = alignRight ? x + boxW - line.width() / MM : x;
                cs.beginText();
                cs.newLineAtOffset(this.x(start), this.y(yy));
                for (Run r : line.runs()) {
                    cs.setFont(r.font().pdf(), size);
                    cs.showText(r.text());
                }
                cs.endText();
                yy += leadingMm;
            }
        }

        /** A picture (mm box, may reach into the bleed) belonging to a Figure element. */
        void image(PDStructureElement figure, PDImageXObject img, float x, float y, float w, float h) throws IOException {
            begin(figure, COSName.getPDFName("Figure"));
            cs.drawImage(img, this.x(x), this.y(y + h), w * MM, h * MM);
            cs.endMarkedContent();
        }

        private interface Drawing {
            void draw() throws IOException;
        }

        private void artifact(Drawing d) throws IOException {
            cs.beginMarkedContent(COSName.ARTIFACT);
            cs.saveGraphicsState();
            d.draw();
            cs.restoreGraphicsState();
            cs.endMarkedContent();
        }

        private void cropMarks() throws IOException {
            float b = BLEED_MM * MM;
            float len = 8 * MM;
            artifact(() -> {
                cs.setStrokingColor(Color.BLACK);
                cs.setLineWidth(0.25f);
                float[] xs = {off, off + trimW};
                float[] ys = {off, off + trimH};
                for (float px : xs) {
                    for (float py : ys) {
                        float dx = px == off ? -1 : 1;
                        float dy = py == off ? -1 : 1;
                        cs.moveTo(px + dx * (b + 1), py);
                        cs.lineTo(px + dx * (b + 1 + len), py);
                        cs.moveTo(px, py + dy * (b + 1));
                        cs.lineTo(px, py + dy * (b + 1 + len));
                    }
                }
                cs.stroke();
            });
        }

        @Override
        public void close() throws IOException {
            cs.close();
        }
    }

    TaggedBook(float trimWmm, float trimHmm, boolean marks, String lang) {
        this.trimW = trimWmm * MM;
        this.trimH = trimHmm * MM;
        this.marks = marks;
        this.off = (BLEED_MM + (marks ? MARKS_MM : 0)) * MM;
        this.lang = lang;
        PDStructureTreeRoot tree = new PDStructureTreeRoot();
        doc.getDocumentCatalog().setStructureTreeRoot(tree);
        root = new PDStructureElement("Document", tree);
        tree.appendKid(root);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(mark);
        doc.getDocumentCatalog().setLanguage(lang);
    }

    Page page() throws IOException {
        return new Page(doc.getNumberOfPages() + 1);
    }

    /** A structure element of {@code type} under {@code parent} (null: the document). */
    PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement p = parent == null ? root : parent;
        PDStructureElement e = new PDStructureElement(type, p);
        p.appendKid(e);
        return e;
    }

    /** A bookmark to page {@code pageIndex} (0-based). */
    void bookmark(String title, int pageIndex) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(doc.getPage(pageIndex));
        item.setDestination(dest);
        outline.addLast(item);
    }

    /**
     * Finishes the catalog (parent tree, outline, title shown instead of the file name, XMP with
     * the PDF/UA identifier) and returns the PDF's bytes, whose document id is {@code id}.
     */
    byte[] finish(String title, String author, byte[] id) throws IOException {
        PDDocumentCatalog cat = doc.getDocumentCatalog();
        PDStructureTreeRoot tree = cat.getStructureTreeRoot();
        PDNumberTreeNode numbers = new PDNumberTreeNode(PDParentTreeValue.class);
        Map<Integer, PDParentTreeValue> values = new java.util.TreeMap<>();
        parentTree.forEach((k, v) -> values.put(k, new PDParentTreeValue(v)));
        numbers.setNumbers(values);
        tree.setParentTree(numbers);
        tree.setParentTreeNextKey(parentTree.size());
        cat.setDocumentOutline(outline);
        cat.setPageMode(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES);
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        cat.setViewerPreferences(prefs);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setProducer("Hai Phong Showcase (Apache PDFBox)");
        PDMetadata meta = new PDMetadata(doc);
        meta.importXMPMetadata(xmp(title, author).getBytes(StandardCharsets.UTF_8));
        cat.setMetadata(meta);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private String xmp(String title, String author) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:creator><rdf:Seq><rdf:li>" + xml(author) + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:language><rdf:Bag><rdf:li>" + xml(lang) + "</rdf:li></rdf:Bag></dc:language>"
                + "<pdf:Producer>Hai Phong Showcase (Apache PDFBox)</pdf:Producer>"
                + "<pdfuaid:part>1</pdfuaid:part>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Pages so far. */
    int pages() {
        return doc.getNumberOfPages();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
