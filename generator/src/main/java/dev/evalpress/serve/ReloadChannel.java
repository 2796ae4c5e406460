package dev.evalpress.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The open pages, each listening on a server-sent event stream: {@code reload} after a good build,
 * {@code problems} (a JSON array of lines) after a failed one. A page that connects while the last
 * build failed gets its problems at once. A page that has gone away is dropped the next time
 * anything is sent, which a comment line every few seconds ensures. Thread-safe.
 */
final class ReloadChannel {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<HttpExchange> pages = new ArrayList<>();
  private String lastProblems;

  /** Keeps {@code exchange} open as an event stream. */
  synchronized void open(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    pages.add(exchange);
    // a retry delay the browser honours when the server restarts
    send(exchange, "retry: 500\n\n");
    if (lastProblems != null) {
      send(exchange, lastProblems);
    }
  }

  /** Tells every page to reload. */
  synchronized void reload() {
    lastProblems = null;
    broadcast("event: reload\ndata: {}\n\n");
  }

  /** Shows {@code lines} over every page. */
  synchronized void problems(List<String> lines) {
    try {
      lastProblems = "event: problems\ndata: " + JSON.writeValueAsString(lines) + "\n\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    broadcast(lastProblems);
  }

  /** Sends a comment, so that pages that went away are found and dropped. */
  synchronized void ping() {
    broadcast(": ping\n\n");
  }

  synchronized int openPages() {
    return pages.size();
  }

  synchronized void closeAll() {
    pages.forEach(HttpExchange::close);
    pages.clear();
  }

  private void broadcast(String event) {
    for (HttpExchange page : List.copyOf(pages)) {
      send(page, event);
    }
  }

  private void send(HttpExchange page, String event) {
    try {
      OutputStream body = page.getResponseBody();
      body.write(event.getBytes(StandardCharsets.UTF_8));
      body.flush();
    } catch (IOException e) {
      pages.remove(page);
      page.close();
    }
  }
}
