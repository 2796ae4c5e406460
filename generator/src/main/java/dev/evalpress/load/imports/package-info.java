/**
 * Importers for the result formats of other eval frameworks (Inspect AI, lm-evaluation-harness, the
 * agentic-misalignment framework), recognised by content and mapped onto the v1 model. Each importer is one
 * {@link dev.evalpress.load.imports.ResultImporter}; {@link dev.evalpress.load.imports.Importers} lists them. The
 * per-sample records some of them wrote (Inspect samples, lm-evaluation-harness samples files) are
 * {@link dev.evalpress.load.imports.ImportedSampleLog}s, streamed later for the transcript viewer.
 */
package dev.evalpress.load.imports;
