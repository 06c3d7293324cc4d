package vn.haiphong.showcase.jbake;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list of a public class, for the lists templates receive. The JDK's own
 * unmodifiable lists are of non-public classes, on which Thymeleaf's OGNL cannot call even a
 * public method ({@code ${db.getPublishedPosts().size()}} fails); JBake hands templates a public
 * {@code LinkedList}. Immutable when built from an immutable list.
 */
public final class ReadOnlyList<E> extends AbstractList<E> implements RandomAccess {
    private final List<E> items;

    private ReadOnlyList(List<E> items) {
        this.items = items;
    }

    /** {@code items} (copied unless it already is unmodifiable) as a {@link ReadOnlyList}. */
    static <E> ReadOnlyList<E> of(List<E> items) {
        return items instanceof ReadOnlyList<E> r ? r : new ReadOnlyList<>(List.copyOf(items));
    }

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
