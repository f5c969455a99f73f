package org.decisionguide.markdown;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Slugs are ASCII in every language, and the table path spells them exactly as ICU does. */
class SluggerTest {
    private static final Transliterator ICU = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private static String byIcu(String text) {
        String s = ICU.transliterate(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "section" : s;
    }

    @Test
    void slugsInTheSiteLanguages() {
        assertEquals("doladovani-modelu", Slugger.slug("Dolaďování modelů"));
        assertEquals("latwe-zrodla-i-zolc", Slugger.slug("Łatwe źródła – i żółć?"));
        assertEquals("proc-evaluace-nejdriv", Slugger.slug("„Proč evaluace nejdřív?“"));
        assertEquals("section", Slugger.slug("…"));
        assertEquals("moskva", Slugger.slug("Москва"), "other scripts go through ICU");
    }

    @Test
    void tablePathAgreesWithIcuOnRandomLatinText() {
        StringBuilder alphabet = new StringBuilder(" -?.,0123456789AbzZ\u00a0„“”–—…«»©®™²½¼ßæÆœŒøØłŁđĐþÞðıİ");
        for (char c = 0xC0; c < 0x250; c++) alphabet.append(c);
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(14); k >= 0; k--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            String fast = Slugger.byTable(text);
            if (fast != null) assertEquals(byIcu(text), fast, () -> "for \"" + text + "\"");
        }
    }

    @Test
    void theTableCoversCzechPolishAndTheirPunctuation() {
        String letters = "áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽąćęłńóśźżĄĆĘŁŃÓŚŹŻ„“‚‘’–—…«» ";
        for (char c : letters.toCharArray()) assertNotNull(Slugger.byTable("x" + c), () -> "covers " + c);
    }

    @Test
    void combiningMarksAndOtherScriptsAreLeftToIcu() {
        assertNull(Slugger.byTable("e\u0301"));
        assertNull(Slugger.byTable("日本"));
        assertEquals(byIcu("Cafe\u0301 日本"), Slugger.slug("Cafe\u0301 日本"));
    }
}
