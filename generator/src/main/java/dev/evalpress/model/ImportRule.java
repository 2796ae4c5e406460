package dev.evalpress.model;

import java.util.Optional;

/**
 * The model of the result files whose path under {@code results/} matches a glob ({@code imports:}
 * in {@code evalpress.yaml}), for tools that write a placeholder model name (gpt-neox's {@code
 * evaluate.py} writes {@code "neox"}): {@code model} is used as the framework's model name, and
 * {@code step}, a JSON pointer into the file, makes each file the checkpoint {@code model@step<N>}
 * of a training run.
 */
public record ImportRule(Glob files, String model, Optional<String> step) {}
