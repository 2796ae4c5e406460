package dev.evalpress.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.evalpress.build.BuildOptions;
import dev.evalpress.model.SourceFolders;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A running preview: the site built from {@code root}, served on one address, rebuilt after every
 * edit of its inputs. Edits that come in a burst (an editor's save writes a temporary file and
 * renames it; a script copies a folder) make one build: a build starts once the inputs have been
 * quiet for {@link #QUIET_MILLIS}. Builds run one at a time on their own thread; requests are
 * served meanwhile from the last good site.
 *
 * <p>Why these parts: the JDK's HTTP server is enough for one author's browser and adds no
 * dependency; it streams server-sent events, which every browser reconnects by itself.
 * directory-watcher watches folders recursively with the operating system's own notifications on
 * Linux, macOS and Windows (the JDK's WatchService polls on macOS) and registers new folders as
 * they appear.
 */
public final class PreviewServer implements AutoCloseable {

  /** How long the inputs must be quiet before a build starts. */
  static final long QUIET_MILLIS = 40;

  private static final long PING_SECONDS = 5;

  private final PreviewSite site;
  private final ReloadChannel pages = new ReloadChannel();
  private final HttpServer http;
  private final ExecutorService requests;
  private final ScheduledExecutorService builds;
  private final ScheduledExecutorService pings;
  private final Consumer<String> log;
  private final DirectoryWatcher watcher;
  private ScheduledFuture<?> pending;

  private PreviewServer(
      SourceFolders folders, BuildOptions options, InetSocketAddress address, Consumer<String> log)
      throws IOException {
    // bind first: a port in use is then reported before anything else is set up
    this.http = HttpServer.create(address, 64);
    InputTree inputs = new InputTree(folders);
    this.log = log;
    this.site = new PreviewSite(inputs.folders(), options);
    this.builds = Executors.newSingleThreadScheduledExecutor(daemon("evalpress-build"));
    this.pings = Executors.newSingleThreadScheduledExecutor(daemon("evalpress-ping"));
    this.requests = Executors.newCachedThreadPool(daemon("evalpress-http"));
    this.watcher =
        DirectoryWatcher.builder()
            .paths(inputs.watched())
            .fileTreeVisitor(inputs)
            .fileHashing(false)
            .listener(event -> changed(inputs, event))
            .build();
    http.createContext("/", new StaticFiles(site::served));
    http.createContext(
        ServedPage.EVENTS,
        exchange -> {
          if (exchange.getRequestMethod().equals("GET")) {
            pages.open(exchange);
          } else {
            StaticFiles.respond(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
            exchange.close();
          }
        });
    http.createContext(
        ServedPage.SCRIPT, exchange -> resource(exchange, "reload.js", "text/javascript"));
    http.createContext(
        ServedPage.STYLESHEET, exchange -> resource(exchange, "overlay.css", "text/css"));
    http.setExecutor(requests);
  }

  /**
   * Builds the site once, then serves it on {@code address} and watches the inputs. A first build
   * with problems still starts the server: the pages show the problems until an edit fixes them.
   *
   * @param log receives one line per build: how long it took, or its problems
   */
  public static PreviewServer start(
      Path root, BuildOptions options, InetSocketAddress address, Consumer<String> log)
      throws IOException {
    return start(SourceFolders.of(root), options, address, log);
  }

  /**
   * Builds the site of {@code folders} once, then serves and watches it as {@link #start(Path,
   * BuildOptions, InetSocketAddress, Consumer)} does; content and results folders outside the root
   * are watched too.
   */
  public static PreviewServer start(
      SourceFolders folders, BuildOptions options, InetSocketAddress address, Consumer<String> log)
      throws IOException {
    PreviewServer server = new PreviewServer(folders, options, address, log);
    server.rebuild();
    server.watcher.watchAsync(server.requests);
    server.http.start();
    server.pings.scheduleAtFixedRate(
        server.pages::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    return server;
  }

  /** The address pages are served at, such as {@code http://127.0.0.1:4000/}. */
  public URI uri() {
    InetSocketAddress address = http.getAddress();
    String host = address.getAddress().getHostAddress();
    return URI.create(
        "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
  }

  /** The folder of the site being served (for tests). */
  java.util.Optional<Path> servedFolder() {
    return site.served();
  }

  /** How many pages are listening for reloads (for tests). */
  int openPages() {
    return pages.openPages();
  }

  private void changed(InputTree inputs, DirectoryChangeEvent event) {
    if (event.eventType() != DirectoryChangeEvent.EventType.OVERFLOW
        && !inputs.isInput(event.path())) {
      return;
    }
    synchronized (this) {
      if (pending != null) {
        pending.cancel(false);
      }
      pending = builds.schedule(this::rebuild, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private void rebuild() {
    BuildOutcome outcome;
    try {
      outcome = site.build();
    } catch (RuntimeException | Error e) {
      // a bug or an exhausted heap must not stop the watching: say so and wait for the next edit
      outcome = new BuildOutcome.Failed(List.of("internal error while building: " + e));
    }
    if (outcome instanceof BuildOutcome.Built built) {
      log.accept(
          "Built in "
              + built.millis()
              + " ms: "
              + built.rendered()
              + " of "
              + built.pages()
              + " pages rendered, "
              + built.written()
              + " files written");
      pages.reload();
    } else if (outcome instanceof BuildOutcome.Failed failed) {
      failed.lines().forEach(log);
      log.accept(
          failed.lines().size() == 1
              ? "1 problem; still serving the last good build"
              : failed.lines().size() + " problems; still serving the last good build");
      pages.problems(failed.lines());
    }
  }

  private static void resource(HttpExchange exchange, String name, String type) throws IOException {
    try (exchange;
        InputStream in = PreviewServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + name));
      }
      StaticFiles.respond(exchange, 200, type + "; charset=utf-8", in.readAllBytes());
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Stops serving and watching, and deletes the built sites. */
  @Override
  public void close() throws IOException {
    watcher.close();
    pings.shutdownNow();
    builds.shutdownNow();
    try {
      builds.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pages.closeAll();
    http.stop(0);
    requests.shutdownNow();
    site.close();
  }
}
