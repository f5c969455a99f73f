package org.decisionguide.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.Term;
import org.decisionguide.model.TermText;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Text of {@code glossary/<id>.yaml} → {@link Term}. Pure: no file system. */
public final class GlossaryParser {

    private static final Set<String> TEXT_KEYS = Set.of("term", "abbr", "definition", "aliases");

    private GlossaryParser() {}

    public static Path fileFor(String id) {
        return Path.of("glossary", id + ".yaml");
    }

    /** @param languages the site's language codes: the only language keys allowed besides id, see, articles */
    public static Result<Term> parse(String id, String text, List<String> languages) {
        Path file = fileFor(id);
        List<Problem> problems = new ArrayList<>();
        Fields f = Fields.open(file, text, problems, "a glossary entry must be a map", "see glossary/eval-set.yaml for the shape");
        if (f == null) return Result.of(null, problems);
        JsonNode root = f.root();
        Set<String> keys = new HashSet<>(List.of("id", "see", "articles"));
        keys.addAll(languages);
        f.onlyKeys(root, "", keys);
        String declared = f.requiredString(root, "", "id", "the file name without .yaml");
        if (declared != null && !declared.equals(id)) {
            f.error("/id", "id \"" + declared + "\" does not match the file name " + file.getFileName(),
                    "write `id: " + id + "` or rename the file to " + declared + ".yaml");
        }
        List<String> see = f.stringList(root, "", "see", "a glossary id");
        List<String> articles = f.stringList(root, "", "articles", "an article id");
        Map<String, TermText> texts = new LinkedHashMap<>();
        for (String lang : languages) {
            JsonNode t = f.map(root, "", lang, false, "`term:` and `definition:` in " + lang);
            if (t == null) continue;
            String p = "/" + lang;
            f.onlyKeys(t, p, TEXT_KEYS);
            String term = f.requiredString(t, p, "term", "the term as written in " + lang);
            String abbr = f.optionalString(t, p, "abbr", "an abbreviation such as RAG");
            String definition = f.requiredString(t, p, "definition", "one to three sentences");
            List<String> aliases = f.stringList(t, p, "aliases", "another form of the term");
            if (term != null && definition != null) texts.put(lang, new TermText(lang, term, abbr, definition, aliases));
        }
        if (problems.stream().anyMatch(Problem::isError)) return Result.of(null, problems);
        return Result.of(new Term(id, file, see, articles, texts, f.lines()), problems);
    }
}
