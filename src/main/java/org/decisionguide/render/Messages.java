package org.decisionguide.render;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import org.decisionguide.model.UiStrings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One language's user-interface strings as ICU messages (plurals, gender, selects done by ICU, not by
 * templates). Falls back to the source language when a key is missing, which the validator reports.
 * Exposed to templates as {@code t("key", arg0, arg1…)}.
 */
public final class Messages implements TemplateMethodModelEx {
    private final ULocale locale;
    private final UiStrings strings;
    private final UiStrings fallback;
    private final Typography typography;
    private final Map<String, MessageFormat> cache = new ConcurrentHashMap<>();
    private final java.util.Set<String> used;

    public Messages(UiStrings strings, UiStrings fallback, Typography typography) {
        this(strings, fallback, typography, ConcurrentHashMap.newKeySet());
    }

    /** @param used collects every key asked for, so the build can report messages nothing uses any more */
    public Messages(UiStrings strings, UiStrings fallback, Typography typography, java.util.Set<String> used) {
        this.used = used;
        this.locale = new ULocale(strings.lang());
        this.strings = strings;
        this.fallback = fallback;
        this.typography = typography;
    }

    public String format(String key, Object... args) {
        used.add(key);
        MessageFormat f = cache.computeIfAbsent(key, k -> {
            String pattern = strings.messages().get(k);
            if (pattern == null && fallback != null) pattern = fallback.messages().get(k);
            if (pattern == null) throw new IllegalArgumentException("no user-interface message \"" + k + "\"");
            return new MessageFormat(pattern, locale);
        });
        synchronized (f) {
            return typography.text(f.format(args));
        }
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) throw new TemplateModelException("t() needs a message key");
        List<Object> args = new ArrayList<>();
        for (Object a : arguments.subList(1, arguments.size())) args.add(unwrap(a));
        try {
            return format(String.valueOf(unwrap(arguments.get(0))), args.toArray());
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    private static Object unwrap(Object o) throws TemplateModelException {
        if (o instanceof TemplateNumberModel n) return n.getAsNumber();
        if (o instanceof TemplateScalarModel s) return s.getAsString();
        return String.valueOf(o);
    }
}
