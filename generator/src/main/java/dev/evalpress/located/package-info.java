/**
 * Structured text (JSON, YAML) read into trees that remember where each value came from, with typed
 * reads that report problems at their {@code path:line:column}. Used by the load stage for result
 * files and front matter, and by the render stage for the YAML bodies of directives.
 */
package dev.evalpress.located;
