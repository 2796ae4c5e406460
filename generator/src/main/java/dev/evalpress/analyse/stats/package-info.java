/**
 * Statistics on plain numbers: confidence intervals for rates and scores, smoothing. No dependency on the
 * evalpress model or on rendering, so each method can be checked against reference values on its own.
 * All classes are stateless and thread-safe.
 */
package dev.evalpress.analyse.stats;
