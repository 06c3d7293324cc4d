package vn.haiphong.showcase.jbake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every document list JBake's templates ask for, computed once per build instead of one database
 * query per rendered page. Lists are newest first, as JBake's {@code order by date desc}, with equal
 * dates in crawl order. Templates reach this object as {@code db}: its public methods carry the names
 * of JBake's {@code ContentStore} queries, so templates written as {@code db.getPublishedPostsByTag(tag)}
 * keep working: every read-only query of JBake 2.7.0's {@code ContentStore} ({@code getPublishedPosts},
 * {@code getPublishedPages}, {@code getPublishedContent}, {@code getAllContent}, {@code getPublishedPostsByTag},
 * {@code getPublishedDocumentsByTag}, {@code getTags}, {@code getAllTags}, {@code getDocumentCount},
 * {@code getPublishedCount}, {@code getDocumentByUri}); its database upkeep ({@code deleteContent},
 * {@code drop}, …) has no meaning here and is left out. Immutable; the lists it returns are unmodifiable.
 */
public final class JBakeIndex {
    private static final Comparator<JBakeDocument> NEWEST_FIRST = Comparator
            .comparing(JBakeDocument::date, Comparator.nullsLast(Comparator.<Date>reverseOrder()))
            .thenComparingInt(JBakeDocument::order);

    private static final List<Map<String, Object>> EMPTY = ReadOnlyList.of(List.of());

    private final List<String> types;
    private final Map<String, List<JBakeDocument>> byType = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> published = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> postsByTag = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> documentsByTag = new LinkedHashMap<>();
    private final Set<String> allTags;
    private final Set<String> postTags;

    /**
     * Indexes {@code documents} and {@code dataFiles} under {@code types} (every document type, in
     * JBake's order).
     */
    JBakeIndex(List<String> types, List<JBakeDocument> documents, List<JBakeDocument> dataFiles) {
        this.types = List.copyOf(types);
        for (String type : types) {
            List<JBakeDocument> docs = new ArrayList<>();
            for (JBakeDocument d : documents) {
                if (d.type().equals(type)) {
                    docs.add(d);
                }
            }
            for (JBakeDocument d : dataFiles) {
                if (d.type().equals(type)) {
                    docs.add(d);
                }
            }
            docs.sort(NEWEST_FIRST);
            byType.put(type, List.copyOf(docs));
            all.put(type, maps(docs));
            published.put(type, maps(docs.stream().filter(JBakeDocument::published).toList()));
        }
        Set<String> tags = new TreeSet<>();
        Set<String> ofPosts = new TreeSet<>();
        Map<String, List<Map<String, Object>>> posts = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> docs = new LinkedHashMap<>();
        for (String type : types) {
            for (JBakeDocument d : byType.get(type)) {
                if (!d.published()) {
                    continue;
                }
                // a tag written twice in one header still lists the document once, as JBake's "? in tags"
                for (String tag : new LinkedHashSet<>(d.tags())) {
                    tags.add(tag);
                    docs.computeIfAbsent(tag, t -> new ArrayList<>()).add(d.content());
                    if (type.equals("post")) {
                        ofPosts.add(tag);
                        posts.computeIfAbsent(tag, t -> new ArrayList<>()).add(d.content());
                    }
                }
            }
        }
        docs.forEach((tag, list) -> documentsByTag.put(tag, ReadOnlyList.of(list)));
        posts.forEach((tag, list) -> postsByTag.put(tag, ReadOnlyList.of(list)));
        allTags = Collections.unmodifiableSet(tags);
        postTags = Collections.unmodifiableSet(ofPosts);
    }

    private static List<Map<String, Object>> maps(List<JBakeDocument> docs) {
        return ReadOnlyList.of(docs.stream().map(JBakeDocument::content).toList());
    }

    /** Every document type, in JBake's order. */
    List<String> types() {
        return types;
    }

    /** The documents of {@code type}, drafts included, newest first. */
    List<JBakeDocument> documents(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** Published posts, newest first. */
    public List<Map<String, Object>> getPublishedPosts() {
        return getPublishedContent("post");
    }

    /** Published posts, newest first (paging applies only while JBake renders index pages; see the model). */
    public List<Map<String, Object>> getPublishedPosts(boolean applyPaging) {
        return getPublishedPosts();
    }

    /** Published pages, newest first. */
    public List<Map<String, Object>> getPublishedPages() {
        return getPublishedContent("page");
    }

    /** Published documents of {@code type}, newest first; empty for an unknown type. */
    public List<Map<String, Object>> getPublishedContent(String type) {
        return published.getOrDefault(type, EMPTY);
    }

    /** Every document of {@code type}, drafts included, newest first; empty for an unknown type. */
    public List<Map<String, Object>> getAllContent(String type) {
        return all.getOrDefault(type, EMPTY);
    }

    /** Every document of {@code type}, newest first (paging applies only while JBake renders index pages). */
    public List<Map<String, Object>> getAllContent(String type, boolean applyPaging) {
        return getAllContent(type);
    }

    /** The documents (any type, drafts included) whose {@code sourceuri} is {@code uri}: one or none. */
    public List<Map<String, Object>> getDocumentByUri(String uri) {
        List<Map<String, Object>> found = new ArrayList<>(1);
        for (List<JBakeDocument> docs : byType.values()) {
            for (JBakeDocument d : docs) {
                if (uri != null && uri.equals(d.content().get("sourceuri"))) {
                    found.add(d.content());
                }
            }
        }
        return ReadOnlyList.of(found);
    }

    /** Published posts tagged {@code tag}, newest first. */
    public List<Map<String, Object>> getPublishedPostsByTag(String tag) {
        return tag == null ? EMPTY : postsByTag.getOrDefault(tag, EMPTY);
    }

    /** Published documents of every type tagged {@code tag}: type by type in JBake's order, newest first in each. */
    public List<Map<String, Object>> getPublishedDocumentsByTag(String tag) {
        return tag == null ? EMPTY : documentsByTag.getOrDefault(tag, EMPTY);
    }

    /** The tags of published documents of every type, sorted. */
    public Set<String> getAllTags() {
        return allTags;
    }

    /** The tags of published posts, sorted. */
    public Set<String> getTags() {
        return postTags;
    }

    /** How many documents of {@code type} there are, drafts included. */
    public long getDocumentCount(String type) {
        return getAllContent(type).size();
    }

    /** How many published documents of {@code type} there are. */
    public long getPublishedCount(String type) {
        return getPublishedContent(type).size();
    }
}
