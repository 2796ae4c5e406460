package dev.evalpress.load.samples;

import java.nio.file.Path;

/**
 * A sample log found under {@code results/}: the file, its path as shown in messages, and its
 * header.
 */
public record SampleLogFile(Path file, String shown, SampleLogHeader header) {}
