/**
 * The agentic-misalignment framework's importers: its results folder ({@code
 * models/MODEL/CONDITION/sample_NNN/response.json}, claimed by layout and read as a whole, with the
 * classified samples as transcripts) and its {@code compute_statistics} JSON output.
 */
package dev.evalpress.load.imports.agentic;
