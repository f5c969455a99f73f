package org.decisionguide.markdown;

import org.decisionguide.model.Claim;
import org.decisionguide.model.Outline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a dated claim begins when its paragraph holds other brackets: nested ones, escaped ones, an earlier claim. */
class ClaimSyntaxTest {
    private final Markdown md = new Markdown();

    private Outline outline(String body) {
        return md.outline(md.parse(body), 1);
    }

    @Test
    void bracketsInsideAClaimBelongToIt() {
        List<Claim> claims = outline("It [costs [about] 5 USD an hour]{as-of=2026-12-02}.\n").claims();
        assertEquals(List.of("costs [about] 5 USD an hour"), claims.stream().map(Claim::text).toList());
    }

    @Test
    void anEscapedBracketIsText() {
        List<Claim> claims = outline("Escaped \\[ here and [the price]{as-of=2026-12-02}.\n").claims();
        assertEquals(List.of("the price"), claims.stream().map(Claim::text).toList());
        Outline closing = outline("A \\]{as-of=2026-12-02} is no claim.\n");
        assertEquals(List.of(), closing.claims());
        assertEquals(List.of(), closing.badClaims(), "an escaped closing bracket is text, not a claim without its opening");
    }

    @Test
    void aClaimsOpeningBracketIsLookedForAfterThePreviousClaimOnly() {
        Outline o = outline("Loose [ bracket. [a]{as-of=2026-12-02} and *then* b]{as-of=2026-12-02}.\n");
        assertEquals(List.of("a"), o.claims().stream().map(Claim::text).toList());
        assertEquals(List.of(new Outline.BadClaim(1, "\"]{as-of=2026-12-02}\" has no opening [ before it in the same paragraph")), o.badClaims());
    }
}
