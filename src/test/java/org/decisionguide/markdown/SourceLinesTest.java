package org.decisionguide.markdown;

import org.decisionguide.model.LinkUse;
import org.decisionguide.model.Outline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The line a problem names is the line of the file, whatever the line endings and however long the body. */
class SourceLinesTest {
    private final Markdown md = new Markdown();

    private List<Integer> linkLines(String body, int firstLine) {
        Outline o = md.outline(md.parse(body), firstLine);
        return o.links().stream().map(LinkUse::line).toList();
    }

    @Test
    void aLinkAtTheStartOfALineIsOnThatLine() {
        assertEquals(List.of(1, 2), linkLines("[a](a.md) first\n[b](b.md) second\n", 1));
        assertEquals(List.of(12, 13), linkLines("[a](a.md) first\n[b](b.md) second\n", 12), "counted from the body's first line in the file");
    }

    @Test
    void oldMacLineEndingsCountAsLineBreaks() {
        assertEquals(List.of(3), linkLines("Intro.\r\rSee [x](x.md).\r", 1));
    }

    @Test
    void aLongBodyKeepsCounting() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i < 150; i++) body.append("Line ").append(i).append(".\n\n");
        body.append("[last](last.md)\n");
        assertEquals(List.of(299), linkLines(body.toString(), 1));
    }
}
