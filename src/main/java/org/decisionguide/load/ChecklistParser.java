package org.decisionguide.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.decisionguide.model.Checklist;
import org.decisionguide.model.ChecklistTexts;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Text of the checklist's structure file and of each language's text file → model. Pure: no file system. */
public final class ChecklistParser {

    public static final Path FILE = Path.of("content", "checklist", "checklist.yaml");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private ChecklistParser() {}

    public static Path textFile(String lang) {
        return Path.of("content", lang, "checklist.yaml");
    }

    public static Result<Checklist> parse(String text) {
        List<Problem> problems = new ArrayList<>();
        Fields f = Fields.open(FILE, text, problems, "checklist.yaml must be a map with `sections:`", "see CONTRIBUTING.md, section checklist");
        if (f == null) return Result.of(null, problems);
        JsonNode root = f.root();
        f.onlyKeys(root, "", Set.of("sections"));
        List<Checklist.Section> sections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonNode list = root.get("sections");
        if (list == null || !list.isArray() || list.isEmpty()) {
            f.error("/sections", "sections must be a non-empty list", "add `sections:` with `- id:` and `items:`");
        } else {
            for (int i = 0; i < list.size(); i++) {
                String p = "/sections/" + i;
                JsonNode s = list.get(i);
                if (!s.isObject()) {
                    f.error(p, "each section must be a map with id and items", "write `- id: measure` and `items:`");
                    continue;
                }
                f.onlyKeys(s, p, Set.of("id", "items"));
                String id = id(f, s, p, seen, "section");
                List<Checklist.Item> items = new ArrayList<>();
                JsonNode its = s.get("items");
                if (its == null || !its.isArray() || its.isEmpty()) {
                    f.error(p, "section \"" + id + "\" has no items", "add `items:` with `- id:` entries");
                } else {
                    for (int j = 0; j < its.size(); j++) {
                        String ip = p + "/items/" + j;
                        JsonNode it = its.get(j);
                        if (!it.isObject()) {
                            f.error(ip, "each item must be a map", "write `- id: eval-set` and optionally `must:`, `articles:`, `terms:`");
                            continue;
                        }
                        f.onlyKeys(it, ip, Set.of("id", "must", "articles", "terms", "ticked", "unticked"));
                        String itemId = id(f, it, ip, seen, "item");
                        boolean must = f.optionalBoolean(it, ip, "must");
                        List<String> articles = f.stringList(it, ip, "articles", "an article id");
                        List<String> terms = f.stringList(it, ip, "terms", "a glossary id");
                        List<String> ticked = f.stringList(it, ip, "ticked", "a decision-tree answer such as `evals-yes`");
                        List<String> unticked = f.stringList(it, ip, "unticked", "a decision-tree answer such as `evals-no`");
                        if (itemId != null) items.add(new Checklist.Item(itemId, must, articles, terms, ticked, unticked, f.line(ip)));
                    }
                }
                if (id != null) sections.add(new Checklist.Section(id, items, f.line(p)));
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) return Result.of(null, problems);
        return Result.of(new Checklist(FILE, sections, f.lines()), problems);
    }

    private static String id(Fields f, JsonNode n, String p, Set<String> seen, String what) {
        String id = f.requiredString(n, p, "id", "a short id such as `eval-set`");
        if (id == null) return null;
        if (!ID.matcher(id).matches()) {
            f.error(p + "/id", what + " id \"" + id + "\" is not a clean id", "use lower-case ASCII words joined by hyphens");
            return null;
        }
        if (!seen.add(id)) {
            f.error(p + "/id", "id \"" + id + "\" is used twice", "give every section and item its own id");
            return null;
        }
        return id;
    }

    public static Result<ChecklistTexts> parseTexts(String lang, String text) {
        Path file = textFile(lang);
        List<Problem> problems = new ArrayList<>();
        Fields f = Fields.open(file, text, problems, "the file must have `sections:` and `items:`", "see content/en/checklist.yaml");
        if (f == null) return Result.of(null, problems);
        JsonNode root = f.root();
        f.onlyKeys(root, "", Set.of("sections", "items"));
        Map<String, String> sections = new LinkedHashMap<>();
        JsonNode s = f.map(root, "", "sections", true, "one title per section id");
        if (s != null) {
            for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
                String id = it.next();
                String title = f.optionalString(s, "/sections", id, "the section's title");
                if (title != null) sections.put(id, title);
            }
        }
        Map<String, ChecklistTexts.ItemText> items = new LinkedHashMap<>();
        JsonNode i = f.map(root, "", "items", true, "`label:` and `why:` per item id");
        if (i != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = i.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = "/items/" + e.getKey();
                if (!e.getValue().isObject()) {
                    f.error(p, "item \"" + e.getKey() + "\" must have `label:` and `why:`", "write both on their own lines");
                    continue;
                }
                f.onlyKeys(e.getValue(), p, Set.of("label", "why"));
                String label = f.requiredString(e.getValue(), p, "label", "what the team ticks");
                String why = f.requiredString(e.getValue(), p, "why", "one line on why it matters");
                if (label != null && why != null) items.put(e.getKey(), new ChecklistTexts.ItemText(label, why));
            }
        }
        return Result.of(new ChecklistTexts(lang, file, sections, items, f.lines()), problems);
    }
}
