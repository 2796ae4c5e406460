/**
 * Statistics on plain numbers: confidence intervals for rates ({@link
 * dev.evalpress.analyse.stats.WilsonInterval}, {@link
 * dev.evalpress.analyse.stats.ClopperPearsonInterval}, chosen by {@link
 * dev.evalpress.analyse.stats.RateIntervalMethod}) and scores, comparisons of two rates (Newcombe's
 * difference interval, the Katz ratio interval, Fisher's exact test), Holm's multiple-testing
 * adjustment, the weak-to-strong performance gap recovered with a seeded bootstrap, and smoothing.
 * No dependency on the evalpress model or on rendering, so each method can be checked against
 * reference values on its own (see {@code src/test/resources/reference/}). All classes are
 * stateless and thread-safe.
 */
package dev.evalpress.analyse.stats;
