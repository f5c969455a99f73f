package org.decisionguide.cli;

import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.decisionguide.serve.SiteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = "Build the site and serve it on http://127.0.0.1:<port>/ with its security headers.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--root", description = "Site source folder (default: current folder).")
    Path root = Path.of(".");

    @Option(names = {"-p", "--port"}, description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--strict", description = "Missing translations are errors.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        Path r = root.toAbsolutePath().normalize();
        String base = "http://127.0.0.1:" + port;
        BuildResult result = Pipeline.build(new BuildOptions(r, strict, base));
        Console.problems(System.err, result.problems());
        if (result.hasErrors() || result.config() == null) {
            System.err.println("build failed: " + Console.count(result.errors(), result.warnings()) + "; nothing to serve");
            return 1;
        }
        String basePath = URI.create(base + "/").getPath().replaceAll("/$", "");
        try (SiteServer server = new SiteServer(port, basePath)) {
            server.replace(result.files());
            server.start();
            System.out.println("serving " + base + "/ (" + Console.count(result.errors(), result.warnings()) + ") — Ctrl+C to stop");
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
