package dev.evalpress.load.imports.lmeval;

/** A metric's value and standard error as the file has them, before its sample size is known. */
record MetricValue(MetricKey key, String pointer, double value, double stderr) {}
