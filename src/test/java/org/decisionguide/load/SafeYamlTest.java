package org.decisionguide.load;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one YAML loader: hostile documents are refused with a line, ordinary ones keep the line of every key. */
class SafeYamlTest {

    @Test
    void keepsLineOfEveryKey() throws YamlError {
        YamlDoc d = SafeYaml.parse("a: 1\nb:\n  c: [x, y]\n  d: text\n");
        assertEquals(1, d.lines().of("/a"));
        assertEquals(3, d.lines().of("/b/c"));
        assertEquals(4, d.lines().of("/b/d"));
        assertEquals("text", d.root().at("/b/d").asText());
    }

    @Test
    void refusesObjectTags() {
        YamlError e = assertThrows(YamlError.class, () -> SafeYaml.parse("ok: 1\nx: !!java.io.File [\"/etc/passwd\"]\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("tags"));
    }

    @Test
    void refusesLocalTags() {
        assertThrows(YamlError.class, () -> SafeYaml.parse("x: !custom value\n"));
    }

    @Test
    void refusesAnchorsAndAliasesSoNoExpansionBomb() {
        String laughs = "a: &a [\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n";
        YamlError e = assertThrows(YamlError.class, () -> SafeYaml.parse(laughs));
        assertEquals(1, e.line());
    }

    @Test
    void refusesDeepNesting() {
        String deep = "[".repeat(200) + "]".repeat(200);
        YamlError e = assertThrows(YamlError.class, () -> SafeYaml.parse("x: " + deep));
        assertTrue(e.getMessage().contains("nested more than 40 levels"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void refusesHugeDocuments() {
        String big = "x: \"" + "a".repeat(SafeYaml.MAX_CHARS + 10) + "\"\n";
        assertThrows(YamlError.class, () -> SafeYaml.parse(big));
    }

    @Test
    void refusesDuplicateKeys() {
        YamlError e = assertThrows(YamlError.class, () -> SafeYaml.parse("a: 1\nb: 2\na: 3\n"));
        assertTrue(e.getMessage().contains("duplicate key \"a\""), e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void refusesNulAndSecondDocument() {
        assertThrows(YamlError.class, () -> SafeYaml.parse("a: 1\u0000"));
        assertThrows(YamlError.class, () -> SafeYaml.parse("a: 1\n---\nb: 2\n"));
    }

    @Test
    void onlyTrueAndFalseAreBooleans() throws YamlError {
        YamlDoc d = SafeYaml.parse("a: yes\nb: No\nc: on\nd: true\ne: False\n");
        assertEquals("yes", d.root().get("a").asText());
        assertTrue(d.root().get("b").isTextual());
        assertEquals("No", d.root().get("b").asText());
        assertEquals("on", d.root().get("c").asText());
        assertTrue(d.root().get("d").isBoolean() && d.root().get("d").booleanValue());
        assertTrue(d.root().get("e").isBoolean() && !d.root().get("e").booleanValue());
    }
}
