/**
 * Reads the directives of report bodies into the model ({@code ReportSpecs}), in the load stage:
 * the body is parsed with the dialect of {@code dev.evalpress.markdown}, each directive block's
 * YAML is read and checked (unknown fields, types, {@code type:} and {@code by:} values, the
 * smoothing range), and each {@code {{…}}} reference is split into verb, eval, models and
 * condition. Everything that needs no results is checked here; what the directives name in the
 * results is resolved in {@code analyse.report}. Stateless and thread-safe.
 */
package dev.evalpress.load.report;
