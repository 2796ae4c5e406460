/**
 * {@code evalpress serve}: a preview server for authors and reviewers. It builds the site with
 * {@link dev.evalpress.build.SiteBuild} into a private folder, serves it on loopback with the JDK's
 * HTTP server, watches the inputs with directory-watcher, rebuilds on every edit and tells open
 * pages to reload over server-sent events. A build with problems keeps the last good site served
 * and shows the problems in the page as an overlay. Only served pages carry the reload script; a
 * built site never does.
 *
 * <p>Entry point: {@link dev.evalpress.serve.PreviewServer}. The server's threads are its own; its
 * public methods are thread-safe.
 */
package dev.evalpress.serve;
