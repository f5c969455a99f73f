package org.decisionguide.load;

/** A YAML document that could not be read; {@code line} is relative to the YAML text (1-based, 0 unknown). */
public final class YamlError extends Exception {
    private final int line;
    private final String fix;

    public YamlError(int line, String message, String fix) {
        super(message, null, false, false);
        this.line = line;
        this.fix = fix;
    }

    public int line() {
        return line;
    }

    public String fix() {
        return fix;
    }
}
