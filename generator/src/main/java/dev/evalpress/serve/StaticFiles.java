package dev.evalpress.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Serves the files of the current site (GET and HEAD only), HTML pages with the reload script
 * added. Every response is marked not to be cached, so a reload always shows the latest build.
 */
final class StaticFiles implements HttpHandler {

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
              Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
          Map.entry("svg", "image/svg+xml"), Map.entry("csv", "text/csv; charset=utf-8"),
          Map.entry("png", "image/png"), Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("xml", "application/xml"), Map.entry("woff2", "font/woff2"));

  private final Supplier<Optional<Path>> site;

  /**
   * @param site the folder of the site to serve, empty while no build has succeeded
   */
  StaticFiles(Supplier<Optional<Path>> site) {
    this.site = site;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        respond(
            exchange,
            405,
            "text/plain; charset=utf-8",
            "method not allowed\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      Optional<Path> folder = site.get();
      if (folder.isEmpty()) {
        respond(
            exchange,
            503,
            TYPES.get("html"),
            ServedPage.noSiteYet().getBytes(StandardCharsets.UTF_8));
        return;
      }
      Optional<Path> file = SitePath.resolve(folder.get(), exchange.getRequestURI().getRawPath());
      if (file.isEmpty()) {
        respond(
            exchange,
            404,
            "text/plain; charset=utf-8",
            "not found\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String type = type(file.get());
      byte[] body = Files.readAllBytes(file.get());
      if (type.startsWith("text/html")) {
        body =
            ServedPage.withReload(new String(body, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
      }
      respond(exchange, 200, type, body);
    }
  }

  static void respond(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }
}
