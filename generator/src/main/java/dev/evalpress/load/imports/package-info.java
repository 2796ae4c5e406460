/**
 * Importers for the result formats of other eval frameworks, one subpackage per framework ({@code
 * inspect}, {@code lmeval}, {@code agentic}), mapped onto the v1 model. Each importer is one {@link
 * dev.evalpress.load.imports.ResultImporter} that claims what it reads by content (a JSON
 * document's fields: {@link dev.evalpress.load.imports.JsonDocumentImporter}; a zip log; a
 * framework's folder layout); {@link dev.evalpress.load.Importers} lists them in the order they are
 * offered a file. What an importer reads is {@link dev.evalpress.load.imports.ImportedResults},
 * with notes on what it left out or assumed; the per-sample records some of them wrote are {@link
 * dev.evalpress.load.imports.ImportedSampleLog}s, streamed later for the transcript viewer.
 * Importers are stateless and thread-safe.
 */
package dev.evalpress.load.imports;
