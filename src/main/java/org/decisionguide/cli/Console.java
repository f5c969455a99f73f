package org.decisionguide.cli;

import org.decisionguide.model.Problem;

import java.io.PrintStream;
import java.util.List;

/** Prints problems the one way every command does: {@code path:line: message — fix}, then a count. */
final class Console {

    private Console() {}

    static void problems(PrintStream err, List<Problem> problems) {
        for (Problem p : problems) err.println(p.format());
    }

    static String count(long errors, long warnings) {
        return errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
