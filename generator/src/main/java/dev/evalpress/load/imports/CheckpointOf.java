package dev.evalpress.load.imports;

/**
 * An imported model version that is a checkpoint of a training run: step {@code step} of the run
 * {@code runId}, named after the model {@code model}. The loader makes the run's points from the
 * version's final results (after copies are counted once, reruns settled and missing sample sizes
 * filled), each eval whose id starts with {@code evalPrefix} becoming the metric named by the rest
 * of its id.
 */
public record CheckpointOf(String runId, String model, long step, String evalPrefix) {}
