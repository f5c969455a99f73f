package org.decisionguide.render;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates as each language's locale writes them: "25. listopadu 2026" (cs-CZ), "25 listopada 2026" (pl-PL),
 * "25 November 2026" (en-GB). The locale is site.yaml's {@code locale} of the language, so the site's own region decides
 * (en-US would write "November 25, 2026").
 */
public final class Dates {
    // ICU formatters are costly to create and not thread-safe: one per language and thread, reused.
    private static final Map<String, ThreadLocal<DateFormat>> FORMATS = new ConcurrentHashMap<>();
    private final String locale;

    /** @param locale a BCP 47 tag: a language's {@code locale} from site.yaml ("en-GB"), or its bare code */
    public Dates(String locale) {
        this.locale = locale;
    }

    /** Dates for a language of the site, in the locale site.yaml gives it. */
    public static Dates of(org.decisionguide.model.Language language) {
        return new Dates(language.locale() != null ? language.locale() : language.code());
    }

    public String longDate(LocalDate date) {
        DateFormat f = FORMATS.computeIfAbsent(locale, l -> ThreadLocal.withInitial(() -> {
            DateFormat d = DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLanguageTag(l));
            d.setTimeZone(TimeZone.GMT_ZONE);
            return d;
        })).get();
        GregorianCalendar cal = new GregorianCalendar(TimeZone.GMT_ZONE, ULocale.forLanguageTag(locale));
        cal.clear();
        cal.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return f.format(cal.getTime());
    }
}
