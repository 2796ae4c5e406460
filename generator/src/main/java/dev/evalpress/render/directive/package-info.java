/**
 * Data directives in reports: fenced {@code chart} and {@code table} blocks and inline {@code {{rate …}}}
 * references, resolved against the analysis. An unknown eval, model, run or metric is reported at its
 * {@code file:line}; the directive renders as a visible placeholder so one run reports every problem.
 */
package dev.evalpress.render.directive;
