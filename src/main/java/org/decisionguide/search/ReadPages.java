package org.decisionguide.search;

import org.decisionguide.model.Term;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the search stage read from built pages: each A–Z entry's document with the bytes of the page it came from.
 * The live preview hands the last build's to the next one, which reads again only the pages whose bytes changed
 * (an article edit re-renders a few pages of hundreds; docs/decisions/0011-search.md). Immutable.
 */
public final class ReadPages {
    /** Nothing read yet: a full build. */
    public static final ReadPages NONE = new ReadPages(List.of(), Map.of(), Map.of());

    /** One entry's document and the page bytes it was read from. */
    record Read(byte[] page, SearchDoc doc) {}

    /** A language's index file and the documents it was written from. */
    record Index(List<SearchDoc> docs, byte[] json) {}

    private final List<Term> glossary;
    private final Map<String, Read> byEntry;
    private final Map<String, Index> byLanguage;

    ReadPages(List<Term> glossary, Map<String, Read> byEntry, Map<String, Index> byLanguage) {
        this.glossary = glossary;
        this.byEntry = Map.copyOf(byEntry);
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /**
     * The index file written last time for the language, when it was written from these very documents (the same
     * objects, as {@link #reuse} returns them): an edit that changes no page of a language leaves its index alone.
     */
    Optional<byte[]> index(String lang, List<SearchDoc> docs) {
        Index last = byLanguage.get(lang);
        if (last == null || last.docs().size() != docs.size()) return Optional.empty();
        for (int i = 0; i < docs.size(); i++) if (last.docs().get(i) != docs.get(i)) return Optional.empty();
        return Optional.of(last.json());
    }

    /**
     * The document read last time for this entry, when its page is byte for byte the same and so is the glossary
     * (a term's names come from it, not from the page).
     */
    Optional<SearchDoc> reuse(String entry, byte[] page, List<Term> glossary) {
        Read r = byEntry.get(entry);
        if (r == null || !(r.page() == page || Arrays.equals(r.page(), page))) return Optional.empty();
        if (this.glossary != glossary && !this.glossary.equals(glossary)) return Optional.empty();
        return Optional.of(r.doc());
    }

    int size() {
        return byEntry.size();
    }
}
