/**
 * The Inspect AI importer: eval logs in their JSON form and their {@code .eval} zip form, mapped
 * onto the v1 model ({@link dev.evalpress.load.imports.inspect.InspectLogImporter}), and their
 * samples streamed for the transcript viewer ({@link
 * dev.evalpress.load.imports.inspect.InspectSampleLog}).
 */
package dev.evalpress.load.imports.inspect;
