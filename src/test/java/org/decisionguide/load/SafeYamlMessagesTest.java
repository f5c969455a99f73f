package org.decisionguide.load;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken YAML is reported on the line a contributor has to fix, in one line of text. */
class SafeYamlMessagesTest {

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        YamlError e = assertThrows(YamlError.class, () -> SafeYaml.parse("a: 1\nb: \"never closed\nc: 3\nd: 4\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("invalid YAML: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void invalidYamlSaysWhatTheParserFoundOnOneLine() {
        YamlError e = assertThrows(YamlError.class, () -> SafeYaml.parse("title: T\nsummary: a: b\n"));
        assertEquals("invalid YAML: mapping values are not allowed here", e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void aTabIsReportedOnItsLine() {
        YamlError e = assertThrows(YamlError.class, () -> SafeYaml.parse("a: 1\nb:\n\t- x\n"));
        assertEquals(3, e.line());
        assertEquals("check indentation (spaces only, no tabs), colons and quotes on this line", e.fix());
    }

    @Test
    void aNulCharacterIsReportedOnItsLine() {
        YamlError e = assertThrows(YamlError.class, () -> SafeYaml.parse("a: 1\nb: 2\nc: x\u0000y\n"));
        assertEquals(3, e.line());
        assertEquals("the file contains a NUL character", e.getMessage());
    }

    @Test
    void aSecondDocumentIsReportedAtItsSeparator() {
        YamlError e = assertThrows(YamlError.class, () -> SafeYaml.parse("a: 1\nb: 2\n---\nc: 3\n"));
        assertEquals("more than one YAML document in the file", e.getMessage());
        assertTrue(e.line() >= 3, "at or after the separator, not before: " + e.line());
    }

    @Test
    void aTagIsShownAsWritten() {
        assertEquals("YAML tags (!custom) are not allowed", assertThrows(YamlError.class, () -> SafeYaml.parse("x: !custom value\n")).getMessage());
        assertEquals("YAML tags (!!binary) are not allowed", assertThrows(YamlError.class, () -> SafeYaml.parse("x: !!binary aGk=\n")).getMessage());
    }

    @Test
    void anEmptyDocumentIsAnEmptyMap() throws YamlError {
        YamlDoc d = SafeYaml.parse("");
        assertTrue(d.root().isObject());
        assertEquals(0, d.root().size());
        assertTrue(SafeYaml.parse("# only a comment\n").root().isObject());
    }

    @Test
    void nullsStayNulls() throws YamlError {
        YamlDoc d = SafeYaml.parse("a: null\nb: ~\nc: [null]\n");
        assertTrue(d.root().get("a").isNull());
        assertTrue(d.root().get("b").isNull());
        assertTrue(d.root().get("c").get(0).isNull());
    }
}
