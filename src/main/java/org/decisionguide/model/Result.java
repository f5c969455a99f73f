package org.decisionguide.model;

import java.util.ArrayList;
import java.util.List;

/** A stage's output: a value (possibly partial) and the problems found while making it. */
public record Result<T>(T value, List<Problem> problems) {

    public Result {
        problems = List.copyOf(problems);
    }

    public static <T> Result<T> of(T value, List<Problem> problems) {
        return new Result<>(value, problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public Result<T> plus(List<Problem> more) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new Result<>(value, all);
    }
}
