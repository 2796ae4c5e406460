/**
 * Importers for the result formats of other eval frameworks (Inspect AI, lm-evaluation-harness, the
 * agentic-misalignment framework), recognised by content and mapped onto the v1 model. Each importer is one
 * {@link dev.evalpress.load.imports.ResultImporter}; {@link dev.evalpress.load.imports.Importers} lists them.
 */
package dev.evalpress.load.imports;
