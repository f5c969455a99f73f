package org.decisionguide.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.decisionguide.model.Calculator;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The calculator's data file → model. Pure: no file system. Which inputs exist and what values they accept is the
 * script's business (the render stage runs its checks on these defaults); here only the file's shape is checked.
 */
public final class CalculatorParser {

    public static final Path FILE = Path.of("content", "calculator", "break-even.yaml");
    public static final Path SCRIPT = Path.of("assets", "js", "break-even-core.js");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private CalculatorParser() {}

    public static Result<Calculator> parse(String text, String script) {
        List<Problem> problems = new ArrayList<>();
        Fields f = Fields.open(FILE, text, problems, "break-even.yaml must be a map with `as_of:`, `article:`, `slugs:` and `inputs:`",
                "see the comments at the top of the file");
        if (f == null) return Result.of(null, problems);
        JsonNode root = f.root();
        f.onlyKeys(root, "", Set.of("as_of", "article", "slugs", "inputs", "linked_from"));
        LocalDate asOf = f.date(root, "", "as_of", true);
        String article = f.requiredString(root, "", "article", "the id of the article whose worked example the defaults are");
        Map<String, String> slugs = new LinkedHashMap<>();
        JsonNode s = f.map(root, "", "slugs", true, "the page's URL segment per language, e.g. `en: break-even-calculator`");
        if (s != null) {
            for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
                String lang = it.next();
                String slug = f.optionalString(s, "/slugs", lang, "a URL segment");
                if (slug == null) continue;
                if (!SLUG.matcher(slug).matches()) {
                    f.error("/slugs/" + lang, "the slug \"" + slug + "\" is not a clean URL segment",
                            "use lower-case ASCII words joined by hyphens, e.g. kalkulacka-navratnosti");
                } else {
                    slugs.put(lang, slug);
                }
            }
        }
        Map<String, Double> inputs = new LinkedHashMap<>();
        JsonNode in = f.map(root, "", "inputs", true, "one default value per input");
        if (in != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNumber()) {
                    f.error("/inputs/" + e.getKey(), "the input \"" + e.getKey() + "\" must be a number, not \""
                            + e.getValue().asText() + "\"", "write a plain number such as 1200 or 0.3 (no units, no quotes)");
                    continue;
                }
                inputs.put(e.getKey(), e.getValue().doubleValue());
            }
        }
        List<String> decide = List.of();
        List<String> checklist = List.of();
        JsonNode links = f.map(root, "", "linked_from", false, "where the site links to the calculator: `decide:` node ids, `checklist:` item ids");
        if (links != null) {
            f.onlyKeys(links, "/linked_from", Set.of("decide", "checklist"));
            decide = f.stringList(links, "/linked_from", "decide", "a decision-tree node id");
            checklist = f.stringList(links, "/linked_from", "checklist", "a checklist item id");
        }
        if (problems.stream().anyMatch(Problem::isError)) return Result.of(null, problems);
        return Result.of(new Calculator(FILE, asOf, article, slugs, inputs, decide, checklist, f.lines(), SCRIPT, script), problems);
    }
}
