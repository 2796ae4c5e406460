/**
 * Site search: the documents of the client-side search index (reports, evals, model versions,
 * training runs) and the {@code .js} file that carries them to the search box every page has. The
 * box's script and the search library (Fuse.js, copied from its WebJar) are assets of the site;
 * this package only says what is searchable.
 */
package dev.evalpress.render.search;
