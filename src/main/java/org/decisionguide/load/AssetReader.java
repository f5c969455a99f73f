package org.decisionguide.load;

import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@code assets/**} → files served under {@code /assets/}, copied byte for byte. Hidden files and links are skipped. */
public final class AssetReader {

    private AssetReader() {}

    public static Result<List<OutputFile>> read(Path root) {
        Path dir = root.resolve("assets");
        List<OutputFile> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) return Result.of(out, problems);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted().toList()) {
                Path rel = dir.relativize(p);
                if (rel.toString().isEmpty() || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
                if (rel.toString().startsWith(".") || rel.getFileName().toString().startsWith(".")) continue;
                String path = "assets/" + rel.toString().replace('\\', '/');
                try {
                    out.add(new OutputFile(path, Files.readAllBytes(p)));
                } catch (IOException e) {
                    problems.add(Problem.error(Path.of(path), 0, "cannot read the asset", "check its permissions"));
                }
            }
        } catch (IOException e) {
            problems.add(Problem.error(Path.of("assets"), 0, "cannot list the assets folder", "check its permissions"));
        }
        return Result.of(out, problems);
    }
}
