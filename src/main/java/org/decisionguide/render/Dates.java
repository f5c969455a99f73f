package org.decisionguide.render;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;

/** Dates as each language writes them: "25. listopadu 2026", "25 listopada 2026", "November 25, 2026". */
public final class Dates {
    private final ULocale locale;

    public Dates(String lang) {
        this.locale = new ULocale(lang);
    }

    public String longDate(LocalDate date) {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.GMT_ZONE, locale);
        cal.clear();
        cal.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        DateFormat f = DateFormat.getDateInstance(DateFormat.LONG, locale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        return f.format(cal.getTime());
    }
}
