package org.decisionguide.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.decisionguide.model.KeyLines;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The one YAML loader of the project. Every YAML file (front matter, glossary, site.yaml, UI strings) goes
 * through it, so every limit holds everywhere: bounded size and depth, no duplicate keys, no tags (no
 * object construction), no anchors or aliases (Jackson would silently turn an alias into a string).
 * Values stay data: strings, numbers, booleans, lists and maps.
 */
public final class SafeYaml {

    public static final int MAX_CHARS = 1_000_000;
    public static final int MAX_DEPTH = 40;
    public static final int MAX_STRING = 200_000;

    private static final YAMLFactory FACTORY = createFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SafeYaml() {}

    private static YAMLFactory createFactory() {
        LoaderOptions lo = new LoaderOptions();
        lo.setCodePointLimit(MAX_CHARS + 1);
        lo.setAllowDuplicateKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(lo)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 10) // our own check below fires first, with a line
                        .maxDocumentLength(MAX_CHARS + 1L)
                        .maxStringLength(MAX_STRING)
                        .maxNameLength(1_000)
                        .build())
                .build();
    }

    /** Parses one YAML document. An empty document gives an empty map. */
    public static YamlDoc parse(String text) throws YamlError {
        if (text.length() > MAX_CHARS) {
            throw new YamlError(0, "the file is larger than " + MAX_CHARS + " characters",
                    "split it into smaller files; content files are far smaller than this");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new YamlError(lineAt(text, nul), "the file contains a NUL character",
                    "save it as plain UTF-8 text");
        }
        Map<String, Integer> lines = new HashMap<>();
        try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
            JsonToken first = next(p);
            if (first == null) {
                return new YamlDoc(NODES.objectNode(), new KeyLines(0, lines));
            }
            JsonNode root = read(p, first, "", lines, 0);
            if (next(p) != null) {
                throw new YamlError(line(p), "more than one YAML document in the file",
                        "remove the extra '---' separator; one file holds one document");
            }
            return new YamlDoc(root, new KeyLines(0, lines));
        } catch (StreamConstraintsException e) {
            throw new YamlError(line(e.getLocation()), "the YAML is too large or too deeply nested ("
                    + firstLine(e.getOriginalMessage()) + ")", "keep values under " + MAX_STRING
                    + " characters and nesting under " + MAX_DEPTH + " levels");
        } catch (JsonProcessingException e) {
            String what = describe(e);
            if (what.startsWith("duplicate key")) {
                throw new YamlError(line(e.getLocation()), what, "keep one of them: a key may appear once per map");
            }
            throw new YamlError(problemLine(e), "invalid YAML: " + what,
                    "check indentation (spaces only, no tabs), colons and quotes on this line");
        } catch (IOException e) {
            throw new YamlError(0, "cannot read YAML: " + e.getMessage(), "save the file as UTF-8 text");
        }
    }

    private static JsonNode read(YAMLParser p, JsonToken t, String pointer, Map<String, Integer> lines, int depth)
            throws IOException, YamlError {
        if (depth >= MAX_DEPTH) {
            throw new YamlError(line(p), "the YAML is nested more than " + MAX_DEPTH + " levels deep",
                    "content files need a few levels at most; flatten this structure");
        }
        refuseTagsAndAnchors(p);
        switch (t) {
            case START_OBJECT -> {
                ObjectNode obj = NODES.objectNode();
                for (JsonToken k = next(p); k != JsonToken.END_OBJECT; k = next(p)) {
                    String name = p.currentName();
                    String childPointer = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                    lines.put(childPointer, line(p));
                    JsonToken v = next(p);
                    obj.set(name, read(p, v, childPointer, lines, depth + 1));
                }
                return obj;
            }
            case START_ARRAY -> {
                ArrayNode arr = NODES.arrayNode();
                int i = 0;
                for (JsonToken v = next(p); v != JsonToken.END_ARRAY; v = next(p)) {
                    String childPointer = pointer + "/" + i++;
                    lines.put(childPointer, line(p));
                    arr.add(read(p, v, childPointer, lines, depth + 1));
                }
                return arr;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(p.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                // YAML 1.2 booleans only: "yes", "no", "on", "off" stay the words a contributor wrote ("Norway problem").
                String raw = p.getText();
                boolean bool = raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false");
                return bool ? NODES.booleanNode(t == JsonToken.VALUE_TRUE) : NODES.textNode(raw);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new YamlError(line(p), "unexpected YAML token " + t, "check the YAML syntax");
        }
    }

    private static void refuseTagsAndAnchors(YAMLParser p) throws IOException, YamlError {
        if (p.isCurrentAlias()) {
            throw new YamlError(line(p), "YAML aliases (*name) are not allowed",
                    "write the value out in full instead of referring to an anchor");
        }
        if (p.getCurrentAnchor() != null) {
            throw new YamlError(line(p), "YAML anchors (&" + p.getCurrentAnchor() + ") are not allowed",
                    "remove the anchor; write repeated values out in full");
        }
        String tag = p.getTypeId();
        if (tag != null) {
            String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag.startsWith("!") ? tag : "!" + tag;
            throw new YamlError(line(p), "YAML tags (" + shown + ") are not allowed",
                    "remove the tag; values are plain text, numbers, lists or maps");
        }
    }

    private static JsonToken next(JsonParser p) throws IOException {
        return p.nextToken();
    }

    private static int line(JsonParser p) {
        return line(p.currentTokenLocation());
    }

    private static int line(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? 0 : loc.getLineNr();
    }

    /** SnakeYAML knows where the problem is (a tab, say); Jackson reports where the token started. */
    private static int problemLine(JsonProcessingException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                // An unclosed quote is reported where the text ran out; the contributor needs the line it opened on.
                boolean opened = m.getContext() != null && m.getContext().contains("quoted scalar") && m.getContextMark() != null;
                return (opened ? m.getContextMark() : m.getProblemMark()).getLine() + 1;
            }
        }
        return line(e.getLocation());
    }

    private static int lineAt(String text, int index) {
        int l = 1;
        for (int i = 0; i < index; i++) if (text.charAt(i) == '\n') l++;
        return l;
    }

    private static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m != null && m.contains("Duplicate field")) {
            return "duplicate key " + m.replaceAll(".*Duplicate field '([^']*)'.*", "\"$1\"").trim();
        }
        return firstLine(m);
    }

    private static String firstLine(String m) {
        if (m == null) return "unreadable";
        String s = m.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl).strip();
    }
}
