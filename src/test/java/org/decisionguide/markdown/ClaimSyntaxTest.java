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

    /** Each way the attributes can be wrong has its own message; the build prefixes it with "dated claim: ". */
    @Test
    void eachMistakeInTheAttributesIsNamed() {
        String[][] cases = {
                {"as-of=2026-12-02 as-of=2026-12-03", "as-of is given twice"},
                {"as-of=2026-12-02 valid=30d valid=60d", "valid is given twice"},
                {"as-of=2026-12-02 until=2027-01-01 until=2027-02-01", "until is given twice"},
                {"as-of=2026-12-02 until=soon", "until \"soon\" is not a date (YYYY-MM-DD)"},
                {"as-of=2026-12-02 ! valid=30d", "cannot read \"as-of=2026-12-02 ! valid=30d\""},
                {"as-of=2026-12-02 valid=30d trailing", "cannot read \"as-of=2026-12-02 valid=30d trailing\""},
                {"valid=30d", "a dated claim needs as-of=YYYY-MM-DD"},
                {"as-of=2026-12-02 until=2026-12-01", "until 2026-12-01 is before as-of 2026-12-02"},
        };
        for (String[] c : cases) {
            ClaimSyntax.Dating d = ClaimSyntax.dating(c[0]);
            assertEquals(c[1], d.error(), c[0]);
            assertEquals(null, d.asOf(), c[0]);
        }
        ClaimSyntax.Dating sameDay = ClaimSyntax.dating("as-of=2026-12-02 until=2026-12-02");
        assertEquals(null, sameDay.error(), "a claim may hold for its one day");
    }
}
