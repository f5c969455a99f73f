package org.decisionguide.cli;

import org.decisionguide.serve.LivePreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = "Build the site (drafts included) and serve it on http://127.0.0.1:<port>/, rebuilding on every change.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--root", description = "Site source folder (default: current folder).")
    Path root = Path.of(".");

    @Option(names = {"-p", "--port"}, description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--strict", description = "Missing translations are errors.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        try (LivePreview preview = new LivePreview(root.toAbsolutePath().normalize(), port, strict, System.out)) {
            if (!preview.start()) {
                System.err.println("nothing to serve until the problems above are fixed: " + preview.address()
                        + " lists them and shows the site once a save fixes them");
            }
            System.out.println("serving " + preview.address() + " — edits under content/, templates/, assets/, glossary/ and site.yaml"
                    + " rebuild the site and reload open pages; Ctrl+C to stop");
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
