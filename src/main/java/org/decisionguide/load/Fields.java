package org.decisionguide.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.decisionguide.model.KeyLines;
import org.decisionguide.model.Problem;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed access to a YAML map that records one problem per wrong field instead of stopping at the first,
 * each naming the file and the line of the key.
 */
public final class Fields {
    private final Path file;
    private final KeyLines lines;
    private final List<Problem> problems;
    private final JsonNode root;
    /** Pointers of required keys a misspelt key already stands for ("did you mean"), so they are not reported missing too. */
    private final Set<String> misspelt = new java.util.HashSet<>();

    public Fields(Path file, KeyLines lines, List<Problem> problems) {
        this(file, lines, problems, null);
    }

    private Fields(Path file, KeyLines lines, List<Problem> problems, JsonNode root) {
        this.file = file;
        this.lines = lines;
        this.problems = problems;
        this.root = root;
    }

    /**
     * The first steps every YAML file shares: parse it with {@link SafeYaml}, report a broken file as one problem,
     * and expect a map at the top. Null (with the problem recorded) when the file cannot be read as a map.
     */
    public static Fields open(Path file, String text, List<Problem> problems, String notAMap, String fix) {
        YamlDoc doc;
        try {
            doc = SafeYaml.parse(text);
        } catch (YamlError e) {
            problems.add(Problem.error(file, e.line(), e.getMessage(), e.fix()));
            return null;
        }
        Fields f = new Fields(file, doc.lines(), problems, doc.root());
        if (!doc.root().isObject()) {
            f.error("", notAMap, fix);
            return null;
        }
        return f;
    }

    /** The document's top-level map (only for {@link #open}). */
    public JsonNode root() {
        return root;
    }

    public KeyLines lines() {
        return lines;
    }

    public int line(String pointer) {
        return lines.of(pointer);
    }

    public void error(String pointer, String message, String fix) {
        problems.add(Problem.error(file, line(pointer), message, fix));
    }

    /**
     * Reports every key of {@code map} that is not in {@code allowed}, with the allowed key it most likely misspells
     * when there is one that the map lacks ("verdit" → "verdict"); that key is then not reported missing as well.
     */
    public void onlyKeys(JsonNode map, String pointer, Set<String> allowed) {
        for (Iterator<String> it = map.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (allowed.contains(k)) continue;
            List<String> near = org.decisionguide.model.Suggestions.closest(k,
                    new TreeSet<>(allowed).stream().filter(a -> !map.has(a)).toList());
            String all = "use one of: " + String.join(", ", new TreeSet<>(allowed));
            if (near.isEmpty()) {
                error(pointer + "/" + k, "unknown key \"" + k + "\"", all);
            } else {
                misspelt.add(pointer + "/" + near.get(0));
                error(pointer + "/" + k, "unknown key \"" + k + "\" (did you mean \"" + near.get(0) + "\"?)",
                        "rename it to `" + near.get(0) + ":`; the keys here are: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** A required key is missing; said once, unless a misspelling of it was already reported. */
    private void missing(String pointer, String key, String fix) {
        if (misspelt.contains(pointer + "/" + key)) return;
        error(pointer, "missing required field \"" + key + "\"", fix);
    }

    public String requiredString(JsonNode map, String pointer, String key, String what) {
        JsonNode v = map.get(key);
        if (v == null || v.isNull()) {
            missing(pointer, key, "add `" + key + ": ` with " + what);
            return null;
        }
        return string(v, pointer + "/" + key, key, what);
    }

    public String optionalString(JsonNode map, String pointer, String key, String what) {
        JsonNode v = map.get(key);
        return v == null || v.isNull() ? null : string(v, pointer + "/" + key, key, what);
    }

    private String string(JsonNode v, String pointer, String key, String what) {
        if (!v.isTextual()) {
            error(pointer, "\"" + key + "\" must be text, not " + kind(v), "write " + what + " (quote it if needed)");
            return null;
        }
        String s = v.asText().strip();
        if (s.isEmpty()) {
            error(pointer, "\"" + key + "\" is empty", "write " + what);
            return null;
        }
        return s;
    }

    public LocalDate date(JsonNode map, String pointer, String key, boolean required) {
        JsonNode v = map.get(key);
        if (v == null || v.isNull()) {
            if (required) missing(pointer, key, "add `" + key + ": 2026-11-25`");
            return null;
        }
        try {
            if (!v.isTextual()) throw new DateTimeParseException("not text", v.toString(), 0);
            return LocalDate.parse(v.asText().strip());
        } catch (DateTimeParseException e) {
            error(pointer + "/" + key, "\"" + key + "\" is not a date: " + v.asText(),
                    "write the date as YYYY-MM-DD, e.g. 2026-11-25");
            return null;
        }
    }

    public List<String> stringList(JsonNode map, String pointer, String key, String what) {
        JsonNode v = map.get(key);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) {
            error(pointer + "/" + key, "\"" + key + "\" must be a list, not " + kind(v),
                    "write it as a list: `" + key + ": [a, b]`");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                error(pointer + "/" + key + "/" + i, "item " + (i + 1) + " of \"" + key + "\" must be " + what,
                        "write " + what);
            } else {
                out.add(item.asText().strip());
            }
        }
        return out;
    }

    public Integer optionalInt(JsonNode map, String pointer, String key) {
        JsonNode v = map.get(key);
        if (v == null || v.isNull()) return null;
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            error(pointer + "/" + key, "\"" + key + "\" must be a whole number, not " + kind(v),
                    "write a number such as `" + key + ": 3`");
            return null;
        }
        return v.intValue();
    }

    public boolean optionalBoolean(JsonNode map, String pointer, String key) {
        JsonNode v = map.get(key);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) {
            error(pointer + "/" + key, "\"" + key + "\" must be true or false, not " + kind(v),
                    "write `" + key + ": true` or `" + key + ": false`");
            return false;
        }
        return v.booleanValue();
    }

    public JsonNode map(JsonNode parent, String pointer, String key, boolean required, String what) {
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) {
            if (required) missing(pointer, key, "add `" + key + ":` with " + what);
            return null;
        }
        if (!v.isObject()) {
            error(pointer + "/" + key, "\"" + key + "\" must be a map, not " + kind(v), "write " + what);
            return null;
        }
        return v;
    }

    static String kind(JsonNode v) {
        if (v.isTextual()) return "text \"" + abbreviate(v.asText()) + "\"";
        if (v.isNumber()) return "a number (" + v.asText() + ")";
        if (v.isBoolean()) return "a boolean (" + v.asText() + ")";
        if (v.isArray()) return "a list";
        if (v.isObject()) return "a map";
        return "empty";
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
