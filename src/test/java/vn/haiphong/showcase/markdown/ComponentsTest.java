package vn.haiphong.showcase.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.markdown.map.MapDrawer;
import vn.haiphong.showcase.markdown.map.MapSpec;

class ComponentsTest {
    /** Records what it was asked to draw and draws it as text, so tests can see the spec. */
    static final class TestDrawer implements MapDrawer {
        final List<MapSpec> drawn = new ArrayList<>();

        @Override
        public synchronized String svg(MapSpec spec) {
            drawn.add(spec);
            return "<svg role=\"img\"><title>" + Picture.attr(spec.title()) + "</title><!-- " + spec.lat() + " " + spec.lon()
                    + " z" + spec.zoom() + " " + spec.languageTag() + " " + spec.points().size() + " --></svg>";
        }

        @Override
        public String attribution() {
            return "Test coastline (public domain)";
        }
    }

    private final TestDrawer drawer = new TestDrawer();
    private final MarkdownRenderer md = new MarkdownRenderer(drawer);
    private static final ComponentText VI = new ComponentText("vi", Map.of("component_source", "Nguồn:",
            "component_note", "Lưu ý", "component_tip", "Mẹo", "component_captions", "Phụ đề"));

    private MarkdownRenderer.Rendered render(String text) {
        return md.render(text, LinkRewriter.NONE, false, VI);
    }

    private static String problems(MarkdownRenderer.Rendered r) {
        StringBuilder sb = new StringBuilder();
        r.problems().forEach(p -> sb.append(p.line()).append(": ").append(p.message()).append('\n'));
        return sb.toString();
    }

    @Test
    void figuresShowValueLabelAndTheirLinkedSource() {
        MarkdownRenderer.Rendered r = render("""
                Intro.

                :::figures{source="https://haiphong.gov.vn/" sourceLabel="Đề án 2030"}
                130+ — quốc gia và vùng lãnh thổ có quan hệ **thương mại**
                23,6 tỷ USD -- vốn FDI đăng ký
                :::

                After.
                """);
        assertEquals("", problems(r));
        String html = r.html();
        assertTrue(html.contains("<figure class=\"key-figures\"><ul class=\"key-figures-list\"><li><span class=\"key-figure-value\">130+</span>"
                + " <span class=\"key-figure-label\">quốc gia và vùng lãnh thổ có quan hệ <strong>thương mại</strong></span></li>"), html);
        assertTrue(html.contains("<span class=\"key-figure-value\">23,6 tỷ USD</span> <span class=\"key-figure-label\">vốn FDI đăng ký</span>"), html);
        assertTrue(html.contains("<figcaption class=\"key-figures-source\">Nguồn: <a href=\"https://haiphong.gov.vn/\">Đề án 2030</a></figcaption>"), html);
        assertTrue(html.contains("<p>After.</p>"), html);
    }

    @Test
    void theSourceLinkGoesThroughTheRewriterAndItsProblemsPointAtTheDirective() {
        LinkRewriter rewriter = (url, image) -> url.equals("/vi/missing/")
                ? LinkRewriter.Outcome.error("link to a page that does not exist: `" + url + "`", "fix it")
                : LinkRewriter.Outcome.ok(url.replace(".md", "/"));
        MarkdownRenderer.Rendered r = md.render("""
                ---
                :::figures{source="press.md"}
                1 — one
                :::

                ::cta{href="/vi/missing/" label="Liên hệ"}
                """, rewriter, false, VI);
        assertEquals("6: link to a page that does not exist: `/vi/missing/`\n", problems(r));
        MarkdownRenderer.Rendered ok = md.render(":::figures{source=\"press.md\"}\n1 — one\n:::\n\n::cta{href=\"about.md\" label=\"Về chúng tôi\"}\n",
                rewriter, false, VI);
        assertTrue(ok.html().contains("<a href=\"press/\">press.md</a>"), ok.html());
        assertTrue(ok.html().contains("<p class=\"cta\"><a class=\"cta-link\" href=\"about/\">Về chúng tôi</a></p>"), ok.html());
    }

    @Test
    void anUnsafeCtaAddressIsDroppedLikeAnyLink() {
        MarkdownRenderer.Rendered r = render("::cta{href=\"javascript:alert(1)\" label=\"Click\"}\n");
        assertFalse(r.html().contains("javascript"), r.html());
        assertTrue(r.html().contains("<p class=\"cta\">Click</p>"), r.html());
        assertEquals(1, r.warnings().size());
    }

    @Test
    void timelineIsAnOrderedListWithMachineReadableYears() {
        MarkdownRenderer.Rendered r = render("""
                :::timeline
                1955 — Giải phóng [Hải Phòng](https://haiphong.gov.vn)
                2030年 — 目标
                2021–2025 — Kế hoạch
                :::
                """);
        assertEquals("", problems(r));
        String html = r.html();
        assertTrue(html.contains("<ol class=\"timeline\"><li><span class=\"timeline-year\"><time datetime=\"1955\">1955</time></span>"
                + " <span class=\"timeline-event\">Giải phóng <a href=\"https://haiphong.gov.vn\">Hải Phòng</a></span></li>"), html);
        assertTrue(html.contains("<time datetime=\"2030\">2030年</time>"), html);
        assertTrue(html.contains("<span class=\"timeline-year\">2021–2025</span>"), html);
    }

    @Test
    void calloutsRenderTheirMarkdownUnderATranslatedOrGivenTitle() {
        MarkdownRenderer.Rendered r = render("""
                :::note
                Bến tàu mở cửa **6 giờ**.

                - một
                - hai
                :::

                :::tip{title="Đi sớm"}
                Xem [bản đồ](https://example.org/).
                :::

                :::tip[Nhãn]
                Văn bản.
                :::
                """);
        assertEquals("", problems(r));
        String html = r.html();
        assertTrue(html.contains("<aside class=\"callout callout-note\" role=\"note\"><p class=\"callout-title\">Lưu ý</p>"), html);
        assertTrue(html.contains("<p>Bến tàu mở cửa <strong>6 giờ</strong>.</p>"), html);
        assertTrue(html.contains("<li>hai</li>"), html);
        assertTrue(html.contains("<p class=\"callout-title\">Đi sớm</p>"), html);
        assertTrue(html.contains("<p class=\"callout-title\">Nhãn</p>"), html);
    }

    @Test
    void aDirectiveInsideACalloutIsExpandedAndItsProblemsKeepThePageLine() {
        MarkdownRenderer.Rendered r = render("""
                Text.

                :::note
                Line.

                ::cta{href="/vi/press/" label="Báo chí"}

                ::mapp{lat=1}
                :::
                """);
        assertEquals("8: unknown component `::mapp`; did you mean `::map`?\n", problems(r));
        MarkdownRenderer.Rendered ok = render(":::note\nLine.\n\n::cta{href=\"/vi/press/\" label=\"Báo chí\"}\n:::\n");
        assertTrue(ok.html().contains("<a class=\"cta-link\" href=\"/vi/press/\">Báo chí</a>"), ok.html());
    }

    @Test
    void aMapIsDrawnByTheDrawerInThePageLanguageWithItsPlacesAsCaption() {
        MarkdownRenderer.Rendered r = render("::map{lat=20.84 lon=106.69 zoom=9 label=\"Hải Phòng\"}\n");
        assertEquals("", problems(r));
        assertEquals(1, drawer.drawn.size() - 1 /* the fingerprint's probe */);
        MapSpec spec = drawer.drawn.get(1);
        assertEquals(20.84, spec.lat());
        assertEquals(106.69, spec.lon());
        assertEquals(9, spec.zoom());
        assertEquals("vi", spec.languageTag());
        assertEquals("Hải Phòng", spec.points().get(0).label());
        assertTrue(r.html().contains("<figure class=\"map\"><svg role=\"img\"><title>Hải Phòng</title>"), r.html());
        assertTrue(r.html().contains("<figcaption><span class=\"map-place\">Hải Phòng</span> <small class=\"map-credit\">Test coastline (public domain)</small></figcaption></figure>"), r.html());

        MarkdownRenderer.Rendered block = render("""
                :::map{lat=20.8 lon=106.9 zoom=9 title="Biển đảo"}
                20.73, 107.05 — Cát Bà
                20.71, 106.78 -- Đồ Sơn
                :::
                """);
        assertEquals("", problems(block));
        MapSpec two = drawer.drawn.get(2);
        assertEquals("Biển đảo", two.title());
        assertEquals(List.of("Cát Bà", "Đồ Sơn"), two.points().stream().map(p -> p.label()).toList());
        assertEquals(107.05, two.points().get(0).lon());
        assertTrue(block.html().contains("<figcaption><span class=\"map-title\">Biển đảo</span><ul class=\"map-places\"><li>Cát Bà</li><li>Đồ Sơn</li></ul>"), block.html());
    }

    @Test
    void badMapsAreReportedAllAtOnceAtTheirLines() {
        MarkdownRenderer.Rendered r = render("""
                # T

                ::map{lon=106.69 zoom=9}

                ::map{lat=north lon=200 zoom=30}

                :::map{lat=20.8 lon=106.9 zoom=9}
                20.73 — Cát Bà
                20.71, 106.78 — Đồ Sơn
                :::
                """);
        assertEquals("""
                3: `::map` needs `lat`
                5: `lat` must be a number in degrees, not `north`
                5: `lon` must be between -180 and 180, not `200`
                5: `zoom` of `::map` must be a whole number from 1 to 18, not `30`
                8: a map line is not `lat, lon — label`: `20.73 — Cát Bà`
                """, problems(r));
        assertEquals(1, drawer.drawn.size(), "nothing but the probe was drawn");
    }

    @Test
    void aMapTheDrawerRefusesIsAProblemAtItsLine() {
        MapDrawer refusing = new MapDrawer() {
            @Override
            public String svg(MapSpec spec) {
                throw new IllegalArgumentException("zoom " + spec.zoom() + " is outside 8–12");
            }

            @Override
            public String attribution() {
                return "";
            }
        };
        MarkdownRenderer.Rendered r = new MarkdownRenderer(refusing).render("Text.\n\n::map{lat=20.84 lon=106.69 zoom=15}\n",
                LinkRewriter.NONE, false, VI);
        assertEquals("3: this map cannot be drawn: zoom 15 is outside 8–12\n", problems(r));
    }

    @Test
    void badUseIsAContentProblemAtItsLine() {
        MarkdownRenderer.Rendered r = render("""
                Para.

                ::foo{a=1}

                :::figures{source="/vi/press/" colour=red}
                1 — one
                :::

                :::figures{source="/vi/press/"}
                130+
                — no value
                :::

                :::timeline
                Giải phóng — 1955?
                :::

                ::video{src="/v.mp4"}

                :::tip{title="never closed
                :::

                :::note
                text
                """);
        assertEquals("""
                3: unknown component `::foo`
                5: unknown attribute `colour` of `:::figures`
                10: a figure without a label: `130+`
                11: a figure without a value: `— no value`
                15: a timeline line without a year: `Giải phóng — 1955?`
                18: `::video` needs `captions`
                20: the value of `title` in `:::tip` has no closing double quote `"`
                23: `:::note` is not closed: no line of three colons `:::` ends it
                """, problems(r));
        MarkdownRenderer.Rendered unknown = render("::foo\n");
        assertTrue(unknown.problems().get(0).hint().contains("`::cta`, `:::figures`, `:::gallery`, `::map`/`:::map`,"
                + " `:::note`, `:::timeline`, `:::tip`, `::video`"), unknown.problems().get(0).hint());
    }

    @Test
    void codeFencesAndParagraphTextKeepTheirColons() {
        MarkdownRenderer.Rendered r = render("""
                ```markdown
                :::figures{source="x"}
                1 — one
                :::
                ```

                The syntax ::map{lat=1} inside a sentence is text, and so is a time like 8:00.

                :::note
                An example:

                ```
                :::
                ::foo
                ```
                :::
                """);
        assertEquals("", problems(r));
        assertTrue(r.html().contains("<code class=\"language-markdown\">:::figures{source=&quot;x&quot;}\n1 — one\n:::\n</code>"), r.html());
        assertTrue(r.html().contains("<p>The syntax ::map"), r.html());
        assertFalse(r.html().contains("<figure class=\"map\""), r.html());
        assertTrue(r.html().contains("<code>:::\n::foo\n</code>"), r.html());
        assertTrue(r.html().contains("</aside>"), r.html());
    }

    @Test
    void nestedBlocksCloseAtTheirOwnFence() {
        MarkdownRenderer.Rendered r = render("""
                ::::note
                Before.

                :::timeline
                1955 — Giải phóng
                :::

                After.
                ::::

                Outside.
                """);
        assertEquals("", problems(r));
        String html = r.html();
        assertTrue(html.indexOf("<ol class=\"timeline\">") < html.indexOf("<p>After.</p>"), html);
        assertTrue(html.indexOf("<p>After.</p>") < html.indexOf("</aside>"), html);
        assertTrue(html.indexOf("</aside>") < html.indexOf("<p>Outside.</p>"), html);
    }

    @Test
    void videoHasControlsCaptionsInThePageLanguageAndAProcessedPoster() {
        Picture poster = new Picture(List.of(), "/photos/port.960.jpg", "/photos/port.480.jpg 480w, /photos/port.960.jpg 960w",
                960, 640, "ph-1", "", "");
        LinkRewriter links = new LinkRewriter() {
            @Override
            public Outcome rewrite(String url, boolean image) {
                return url.startsWith("/missing") ? Outcome.error("image not found: `" + url + "`", "x") : Outcome.ok(url);
            }

            @Override
            public Picture picture(String url) {
                return url.equals("/photos/port.jpg") ? poster : null;
            }
        };
        MarkdownRenderer.Rendered r = md.render("::video{src=\"/videos/port.mp4\" poster=\"/photos/port.jpg\""
                + " captions=\"/videos/port.vi.vtt\" title=\"Cảng\"}\n", links, false, VI);
        assertEquals("", problems(r));
        assertTrue(r.html().contains("<figure class=\"video\"><video controls preload=\"none\" poster=\"/photos/port.960.jpg\""
                + " aria-label=\"Cảng\"><source src=\"/videos/port.mp4\" type=\"video/mp4\"><track kind=\"captions\""
                + " src=\"/videos/port.vi.vtt\" srclang=\"vi\" label=\"Phụ đề\" default></video><figcaption>Cảng</figcaption></figure>"),
                r.html());
        MarkdownRenderer.Rendered bad = md.render("x\n\n::video{src=\"/missing.mp4\" captions=\"/videos/port.srt\"}\n", links, false, VI);
        assertEquals("""
                3: video not found: `/missing.mp4`
                3: the captions of `::video` must be a WebVTT file (.vtt): `/videos/port.srt`
                """, problems(bad));
    }

    @Test
    void galleryFollowsTheLightboxContract() {
        Picture pic = new Picture(List.of(new Picture.Source("image/webp", "/photos/a.480.webp 480w, /photos/a.1600.webp 1600w")),
                "/photos/a.960.jpg", "/photos/a.480.jpg 480w, /photos/a.1600.jpg 1600w", 960, 640, "ph-a", "Meta caption", "Ảnh: Sở");
        LinkRewriter links = new LinkRewriter() {
            @Override
            public Outcome rewrite(String url, boolean image) {
                return Outcome.ok(url);
            }

            @Override
            public Picture picture(String url) {
                return url.startsWith("/photos/") ? pic : null;
            }
        };
        MarkdownRenderer.Rendered r = md.render("""
                ## Photo 1

                :::gallery
                ![Cảng Lạch Huyện](/photos/a.jpg "Cảng nước sâu")
                ![Đồ Sơn](/photos/b.jpg)
                :::
                """, links, false, VI);
        assertEquals("", problems(r));
        String html = r.html();
        assertTrue(MarkdownRenderer.usesLightbox(html));
        assertTrue(html.contains("<ol class=\"gallery gallery-inline\" data-lightbox data-close=\"Close (Esc)\""), html);
        assertTrue(html.contains("<li><figure class=\"photo\" id=\"photo-1\"><a class=\"photo-link\" href=\"/photos/a.1600.jpg\""
                + " data-pswp-width=\"1600\" data-pswp-height=\"1067\" data-pswp-srcset=\"/photos/a.480.jpg 480w, /photos/a.1600.jpg 1600w\">"
                + "<picture>"), html);
        assertTrue(html.contains("alt=\"Cảng Lạch Huyện\""), html);
        assertTrue(html.contains("<figcaption>Cảng nước sâu <span class=\"photo-credit\">Ảnh: Sở</span></figcaption>"), html);
        assertTrue(html.contains("id=\"photo-2\""), html);
        assertTrue(html.contains("<h2 id=\"photo-1-1\">"), "ids stay unique in the page: " + html);

        MarkdownRenderer.Rendered bad = md.render("""
                :::gallery
                ![](/photos/a.jpg)
                Not a picture
                ![Drawing](/img/map.svg)
                :::
                """, links, false, VI);
        assertEquals("""
                3: a gallery line is not a picture: `Not a picture`
                2: an image has no alt text: `/photos/a.jpg`
                4: a gallery picture must be a photo the build resizes (JPEG, PNG or WebP of the site): `/img/map.svg`
                """, problems(bad));
    }

    @Test
    void theFingerprintChangesWithWhatTheDrawerDraws() {
        MapDrawer other = new MapDrawer() {
            @Override
            public String svg(MapSpec spec) {
                return "<svg role=\"img\"><title>other</title></svg>";
            }

            @Override
            public String attribution() {
                return "Other data";
            }
        };
        assertEquals(md.fingerprint(), new MarkdownRenderer(new TestDrawer()).fingerprint());
        assertFalse(md.fingerprint() == new MarkdownRenderer(other).fingerprint(), "a new drawer or new data renews the cache");
    }

    @Test
    void withoutComponentsTheHtmlIsUnchanged() {
        String text = "Para with a colon: here.\n\n- a\n- b\n";
        assertEquals(new MarkdownRenderer().render(text, LinkRewriter.NONE).html(), render(text).html());
        assertFalse(MarkdownRenderer.usesLightbox(render(text).html()));
    }
}
