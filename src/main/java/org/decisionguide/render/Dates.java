package org.decisionguide.render;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Dates as each language writes them: "25. listopadu 2026", "25 listopada 2026", "November 25, 2026". */
public final class Dates {
    // ICU formatters are costly to create and not thread-safe: one per language and thread, reused.
    private static final Map<String, ThreadLocal<DateFormat>> FORMATS = new ConcurrentHashMap<>();
    private final String lang;

    public Dates(String lang) {
        this.lang = lang;
    }

    public String longDate(LocalDate date) {
        DateFormat f = FORMATS.computeIfAbsent(lang, l -> ThreadLocal.withInitial(() -> {
            DateFormat d = DateFormat.getDateInstance(DateFormat.LONG, new ULocale(l));
            d.setTimeZone(TimeZone.GMT_ZONE);
            return d;
        })).get();
        GregorianCalendar cal = new GregorianCalendar(TimeZone.GMT_ZONE, new ULocale(lang));
        cal.clear();
        cal.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return f.format(cal.getTime());
    }
}
