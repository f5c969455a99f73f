package org.decisionguide.render;

import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UI message keys a render asked for, overall and per page. Per page, because a render that re-renders only
 * some pages must still know which keys the pages it kept use, to report the keys no page uses. A page is
 * rendered on one thread from start to end, so the current page is a thread-local.
 */
final class MessageUse extends AbstractSet<String> {
    private final Set<String> all = ConcurrentHashMap.newKeySet();
    private final Set<String> outsidePages = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Set<String>> page = new ThreadLocal<>();

    @Override
    public boolean add(String key) {
        Set<String> current = page.get();
        (current != null ? current : outsidePages).add(key);
        return all.add(key);
    }

    /** Starts recording for a page on this thread. */
    void beginPage() {
        page.set(new HashSet<>());
    }

    /** The keys the page begun on this thread asked for. */
    Set<String> endPage() {
        Set<String> keys = page.get();
        page.remove();
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
