package org.decisionguide.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.UiStrings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text of {@code templates/i18n/<lang>.yaml} → {@link UiStrings}. Every message must be valid ICU syntax, so
 * a broken plural is reported with its line instead of failing in the middle of rendering.
 */
public final class UiStringsParser {

    private static final Set<String> KEYS = Set.of("typography", "messages");
    private static final Set<String> TYPOGRAPHY_KEYS = Set.of("no_break_after", "no_break_before", "no_break_phrases", "ordinals");

    private UiStringsParser() {}

    public static Path fileFor(String lang) {
        return Path.of("templates", "i18n", lang + ".yaml");
    }

    public static Result<UiStrings> parse(String lang, String text) {
        Path file = fileFor(lang);
        List<Problem> problems = new ArrayList<>();
        Fields f = Fields.open(file, text, problems, "the file must be a map with `typography:` and `messages:`", "see templates/i18n/en.yaml");
        if (f == null) return Result.of(null, problems);
        JsonNode root = f.root();
        f.onlyKeys(root, "", KEYS);
        List<String> noBreak = List.of();
        List<String> units = List.of();
        List<String> phrases = List.of();
        boolean ordinals = false;
        JsonNode typo = f.map(root, "", "typography", false, "`no_break_after: [a, i, v]`");
        if (typo != null) {
            f.onlyKeys(typo, "/typography", TYPOGRAPHY_KEYS);
            noBreak = f.stringList(typo, "/typography", "no_break_after", "a short word");
            units = f.stringList(typo, "/typography", "no_break_before", "a unit such as %");
            phrases = f.stringList(typo, "/typography", "no_break_phrases", "an abbreviation such as \"p. b.\"");
            ordinals = f.optionalBoolean(typo, "/typography", "ordinals");
        }
        Map<String, String> messages = new LinkedHashMap<>();
        JsonNode msgs = f.map(root, "", "messages", true, "one `key: text` per user-interface string");
        if (msgs != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = msgs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String pointer = "/messages/" + e.getKey();
                if (!e.getValue().isTextual()) {
                    f.error(pointer, "message \"" + e.getKey() + "\" must be text", "write the text, quoted if it contains a colon");
                    continue;
                }
                try {
                    new MessageFormat(e.getValue().asText(), new ULocale(lang));
                    messages.put(e.getKey(), e.getValue().asText());
                } catch (IllegalArgumentException ex) {
                    f.error(pointer, "message \"" + e.getKey() + "\" is not valid ICU syntax: " + ex.getMessage(),
                            "check the braces, e.g. `{count, plural, one {# article} other {# articles}}`");
                }
            }
        }
        return Result.of(new UiStrings(lang, file, messages, f.lines(), noBreak, units, phrases, ordinals), problems);
    }
}
