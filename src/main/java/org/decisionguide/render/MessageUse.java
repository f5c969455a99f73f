package org.decisionguide.render;

import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UI message keys a render asked for, overall and per page. Per page, because a render that re-renders only
 * some pages must still know which keys the pages it kept use, to report the keys no page uses. A page is
 * rendered on one thread from start to end, so the current page is a thread-local; a stack of them, in case a
 * worker thread runs another page while waiting inside one.
 */
final class MessageUse extends AbstractSet<String> {
    private final Set<String> all = ConcurrentHashMap.newKeySet();
    private final Set<String> outsidePages = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<java.util.Deque<Set<String>>> pages = ThreadLocal.withInitial(java.util.ArrayDeque::new);

    @Override
    public boolean add(String key) {
        Set<String> current = pages.get().peek();
        (current != null ? current : outsidePages).add(key);
        return all.add(key);
    }

    /** Starts recording for a page on this thread. */
    void beginPage() {
        pages.get().push(new HashSet<>());
    }

    /** The keys the page begun last on this thread asked for. */
    Set<String> endPage() {
        Set<String> keys = pages.get().poll();
        return keys == null ? Set.of() : keys;
    }

    /** Keys asked for outside any page (while planning the pages). */
    Set<String> outsidePages() {
        return Set.copyOf(outsidePages);
    }

    @Override
    public boolean contains(Object o) {
        return all.contains(o);
    }

    @Override
    public Iterator<String> iterator() {
        return all.iterator();
    }

    @Override
    public int size() {
        return all.size();
    }
}
