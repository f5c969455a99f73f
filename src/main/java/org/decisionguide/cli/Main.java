package org.decisionguide.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./guide <command>}: the contributor's entry point. Exit 0 = fine, 1 = problems in the content, 2 = usage. */
@Command(name = "guide", mixinStandardHelpOptions = true, version = "decision-guide 0.1",
        description = "Builds, checks and serves the decision guide.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, StatusCommand.class, NewCommand.class,
                TranslateCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    /** The environment commands read (SOURCE_DATE_EPOCH); a test runs a command with its own. */
    private static final ThreadLocal<java.util.Map<String, String>> ENV = ThreadLocal.withInitial(System::getenv);

    public static int run(java.util.Map<String, String> env, String... args) {
        ENV.set(env);
        try {
            return run(args);
        } finally {
            ENV.remove();
        }
    }

    /**
     * The build's today: {@code SOURCE_DATE_EPOCH} when set (reproducible builds), else the system date.
     * A malformed value is an IllegalArgumentException whose message says so.
     */
    static java.time.LocalDate today() {
        return org.decisionguide.model.FreshnessPolicy.today(ENV.get());
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
