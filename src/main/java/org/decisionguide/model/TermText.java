package org.decisionguide.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A term in one language.
 *
 * @param abbr       abbreviation such as RAG, or null
 * @param definition 1–3 sentences of inline Markdown
 * @param aliases    other spellings and inflected forms that count as a use of the term (whole words, any case)
 */
public record TermText(String lang, String term, String abbr, String definition, List<String> aliases) {

    public TermText {
        aliases = List.copyOf(aliases);
    }

    /** Every form that counts as a use, longest first so that "instrukční dolaďování" wins over "dolaďování". */
    public List<String> forms() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(term);
        if (abbr != null) all.add(abbr);
        all.addAll(aliases);
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }
}
