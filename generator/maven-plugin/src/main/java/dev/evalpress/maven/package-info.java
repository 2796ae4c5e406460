/**
 * The Maven plugin: goals {@code build}, {@code check} and {@code export}, and the {@code report}
 * that {@code mvn site} runs. Each is a thin layer over the library entry points in {@code
 * dev.evalpress.build}, as the CLI is; input problems go to Maven's log as {@code path:line:column:
 * message} lines and fail the build without a stack trace.
 */
package dev.evalpress.maven;
