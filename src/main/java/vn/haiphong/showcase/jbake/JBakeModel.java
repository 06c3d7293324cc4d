package vn.haiphong.showcase.jbake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template model of a JBake 2.7.0 project, built once per build and shared by every page:
 * {@code content}, {@code config} (keys with {@code _}), {@code version}, and the lists JBake
 * computes lazily ({@code published_posts}, {@code published_pages}, {@code published_content},
 * {@code all_content}, {@code posts}, {@code pages}, {@code <type>s} and {@code published_<type>s}
 * for other types, {@code tags}, {@code alltags}, {@code tag_posts}, {@code tagged_documents},
 * {@code published_date}, {@code db}, {@code data}). As in JBake, the lazy names win over page
 * values of the same name. Each {@code for…} method returns a fresh small map over shared,
 * unmodifiable lists, so pages can render in parallel. Thread-safe.
 */
final class JBakeModel {
    /** Names JBake registers before it reads the configured types; a type whose plural is taken gets no extra lists. */
    private static final List<String> FIXED_LISTS = List.of("published_posts", "published_pages", "published_content",
            "tags", "all_content", "alltags", "pages", "posts", "indexs", "archives", "feeds", "published_date", "db",
            "tag_posts", "tagged_documents", "data");

    private final JBakeIndex index;
    private final Map<String, Object> config;
    private final String version;
    private final boolean paginate;
    private final Map<String, Object> shared;
    private final Map<JBakeDocument, Map<String, Object>> older = new IdentityHashMap<>();
    private final Map<JBakeDocument, Map<String, Object>> newer = new IdentityHashMap<>();

    /**
     * @param config        the project configuration
     * @param configModel   what templates see as {@code config}
     * @param index         the documents, indexed
     * @param data          the data files
     * @param publishedDate what {@code published_date} is (the build's start: one value for every page)
     */
    JBakeModel(JBakeConfig config, Map<String, Object> configModel, JBakeIndex index, JBakeData data,
               Date publishedDate) {
        this.index = index;
        this.config = configModel;
        this.version = config.string("version", "v2.7.0");
        this.paginate = config.flag("index.paginate");
        Map<String, Object> lists = new HashMap<>();
        lists.put("published_posts", index.getPublishedPosts());
        lists.put("published_pages", index.getPublishedPages());
        lists.put("published_content", concat(index.types(), index::getPublishedContent));
        List<String> contentTypes = index.types().stream().filter(t -> !t.equals(config.dataType())).toList();
        lists.put("all_content", concat(contentTypes, index::getAllContent));
        for (String plural : List.of("pages", "posts", "indexs", "archives", "feeds")) {
            lists.put(plural, index.getAllContent(plural.substring(0, plural.length() - 1)));
        }
        for (String type : index.types()) {
            String plural = type + "s";
            if (!FIXED_LISTS.contains(plural) && !lists.containsKey(plural)) {
                lists.put(plural, index.getAllContent(type));
                lists.put("published_" + plural, index.getPublishedContent(type));
            }
        }
        lists.put("tags", tagList(config, index));
        lists.put("alltags", index.getAllTags());
        lists.put("tag_posts", ReadOnlyList.of(List.of()));
        lists.put("tagged_documents", ReadOnlyList.of(List.of()));
        lists.put("published_date", publishedDate);
        lists.put("db", index);
        lists.put("data", data);
        this.shared = Collections.unmodifiableMap(lists);
        for (String type : index.types()) {
            linkNeighbours(index.documents(type));
        }
    }

    private static List<Map<String, Object>> concat(List<String> types,
                                                    java.util.function.Function<String, List<Map<String, Object>>> f) {
        List<Map<String, Object>> out = new ArrayList<>();
        types.forEach(t -> out.addAll(f.apply(t)));
        return ReadOnlyList.of(out);
    }

    /** {@code tags}: per tag its {@code name}, {@code uri}, {@code tagged_posts} and {@code tagged_documents}. */
    private static List<Map<String, Object>> tagList(JBakeConfig config, JBakeIndex index) {
        String prefix = config.string("tag.path", "tags") + "/";
        List<Map<String, Object>> tags = new ArrayList<>();
        for (String tag : index.getAllTags()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", tag);
            entry.put("uri", prefix + tag + config.outputExtension());
            entry.put("tagged_posts", index.getPublishedPostsByTag(tag));
            entry.put("tagged_documents", index.getPublishedDocumentsByTag(tag));
            tags.add(Collections.unmodifiableMap(entry));
        }
        return ReadOnlyList.of(tags);
    }

    /**
     * {@code previousContent} is the next older published document of the same type and
     * {@code nextContent} the next newer one; drafts are never neighbours but have neighbours.
     */
    private void linkNeighbours(List<JBakeDocument> docs) {
        Map<String, Object> last = null;
        for (JBakeDocument d : docs) {
            if (last != null) {
                newer.put(d, last);
            }
            if (d.published()) {
                last = nav(d);
            }
        }
        last = null;
        for (int i = docs.size() - 1; i >= 0; i--) {
            JBakeDocument d = docs.get(i);
            if (last != null) {
                older.put(d, last);
            }
            if (d.published()) {
                last = nav(d);
            }
        }
    }

    private static Map<String, Object> nav(JBakeDocument d) {
        Map<String, Object> nav = new HashMap<>();
        for (String key : List.of("uri", "title", "noExtensionUri")) {
            Object v = d.content().get(key);
            if (v != null) {
                nav.put(key, v);
            }
        }
        return Collections.unmodifiableMap(nav);
    }

    /** The model for a document's own page. */
    Map<String, Object> forDocument(JBakeDocument d) {
        Map<String, Object> content = new HashMap<>(d.content());
        if (older.containsKey(d)) {
            content.put("previousContent", older.get(d));
        }
        if (newer.containsKey(d)) {
            content.put("nextContent", newer.get(d));
        }
        return model(content, Map.of(), Map.of());
    }

    /**
     * The model for a page of {@code type} that is not a document (archive, feed, sitemap, error404,
     * an unpaginated index), at the output root. With {@code index.paginate} JBake gives these zeroed paging values.
     */
    Map<String, Object> forListing(String type) {
        Map<String, Object> eager = new HashMap<>();
        if (paginate) {
            eager.put("numberOfPages", 0);
            eager.put("currentPageNumber", 0);
            eager.put("previousFileName", "");
            eager.put("nextFileName", "");
        }
        return model(simpleContent(type, ""), eager, Map.of());
    }

    /**
     * The model for index page {@code page} of {@code pages}, showing {@code postsPerPage} of the
     * published posts; pages after the first live in {@code <page>/} and link back with {@code ../}.
     */
    Map<String, Object> forIndexPage(int page, int pages, int postsPerPage) {
        Map<String, Object> eager = new HashMap<>();
        eager.put("numberOfPages", pages);
        eager.put("currentPageNumber", page);
        if (page > 1) {
            eager.put("previousFileName", page == 2 ? "" : (page - 1) + "/");
        }
        if (page < pages) {
            eager.put("nextFileName", (page + 1) + "/");
        }
        List<Map<String, Object>> posts = index.getPublishedPosts();
        int from = Math.min((page - 1) * postsPerPage, posts.size());
        int to = Math.min(from + postsPerPage, posts.size());
        return model(simpleContent("masterindex", page > 1 ? "../" : ""), eager,
                Map.of("published_posts", ReadOnlyList.of(posts.subList(from, to))));
    }

    /** The model for the page of {@code tag}, whose file is {@code rootPath} away from the output root. */
    Map<String, Object> forTag(String tag, String rootPath) {
        return model(simpleContent("tag", rootPath), Map.of("tag", tag),
                Map.of("tag_posts", index.getPublishedPostsByTag(tag),
                        "tagged_documents", index.getPublishedDocumentsByTag(tag)));
    }

    /** The model for the tag index page. */
    Map<String, Object> forTagIndex(String rootPath) {
        return model(simpleContent("tags", rootPath), Map.of(), Map.of());
    }

    private static Map<String, Object> simpleContent(String type, String rootPath) {
        return Map.of("type", type, "rootpath", rootPath);
    }

    private Map<String, Object> model(Map<String, Object> content, Map<String, Object> eager,
                                      Map<String, Object> lazy) {
        Map<String, Object> m = new HashMap<>(64);
        m.put("content", content);
        m.put("config", config);
        m.put("version", version);
        m.putAll(eager);
        m.putAll(shared);
        m.putAll(lazy);
        return m;
    }
}
