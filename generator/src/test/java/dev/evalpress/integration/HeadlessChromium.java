package dev.evalpress.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One headless Chromium process driven over the DevTools protocol: opens local files one after
 * another in one tab and reports what each page did — its console messages, uncaught exceptions and
 * final title. One process for all pages keeps a test of a hundred pages to seconds (starting
 * Chromium takes about two).
 */
final class HeadlessChromium implements AutoCloseable {

  /** What a page did while it loaded. */
  record PageRun(String url, String title, List<String> console) {}

  private static final List<String> EXECUTABLES =
      List.of("chromium", "chromium-browser", "google-chrome");
  private static final Pattern DEVTOOLS_URL = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final String session;

  /** The Chromium executable on the PATH, if there is one. */
  static Optional<Path> find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : EXECUTABLES) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  HeadlessChromium(Path executable, Path profile) throws IOException, InterruptedException {
    process =
        new ProcessBuilder(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--no-first-run",
                "--no-default-browser-check",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String url = devToolsUrl();
    socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(TIMEOUT)
            .buildAsync(URI.create(url), new Listener())
            .join();
    String target =
        call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    session =
        call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
            .get("sessionId")
            .asText();
    call(session, "Page.enable", Map.of());
    call(session, "Runtime.enable", Map.of());
  }

  /**
   * Opens {@code file}, waits for its load event and for the tasks queued by then (event handlers
   * such as {@code ontoggle} run from the task queue), and returns what the page did.
   */
  PageRun open(Path file) throws IOException, InterruptedException {
    String url = file.toUri().toString();
    events.clear();
    JsonNode navigated = call(session, "Page.navigate", Map.of("url", url));
    if (navigated.hasNonNull("errorText")) {
      throw new IOException(
          "Chromium could not open " + url + ": " + navigated.get("errorText").asText());
    }
    List<String> console = new ArrayList<>();
    boolean loaded = false;
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!loaded) {
      JsonNode event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (event == null) {
        throw new IOException("no load event from " + url + " within " + TIMEOUT);
      }
      collect(event, console);
      // A load event carries no URL: check that it was this page's, not a late one of the page
      // before.
      loaded =
          event.path("method").asText().equals("Page.loadEventFired")
              && call(
                      session,
                      "Runtime.evaluate",
                      Map.of(
                          "expression",
                          "document.readyState === 'complete' && location.href",
                          "returnByValue",
                          true))
                  .path("result")
                  .path("value")
                  .asText()
                  .equals(url);
    }
    // Let two frames render (autofocus, and so onfocus, happens at a rendering update) and the
    // tasks queued by then
    // run. DevTools evaluation is not subject to the page's CSP.
    call(
        session,
        "Runtime.evaluate",
        Map.of(
            "awaitPromise",
            true,
            "expression",
            "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))))"));
    String title =
        call(
                session,
                "Runtime.evaluate",
                Map.of("expression", "document.title", "returnByValue", true))
            .path("result")
            .path("value")
            .asText();
    for (JsonNode event; (event = events.poll()) != null; ) {
      collect(event, console);
    }
    return new PageRun(url, title, console);
  }

  /** Console messages and uncaught exceptions, as text. */
  private static void collect(JsonNode event, List<String> console) {
    JsonNode params = event.path("params");
    switch (event.path("method").asText()) {
      case "Runtime.consoleAPICalled" -> {
        StringBuilder line = new StringBuilder(params.path("type").asText()).append(':');
        params
            .path("args")
            .forEach(
                a ->
                    line.append(' ')
                        .append(
                            a.has("value")
                                ? a.get("value").asText()
                                : a.path("description").asText()));
        console.add(line.toString());
      }
      case "Runtime.exceptionThrown" ->
          console.add("exception: " + params.path("exceptionDetails").toString());
      default -> {}
    }
  }

  private JsonNode call(String sessionId, String method, Map<String, Object> params)
      throws IOException, InterruptedException {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).join();
    try {
      JsonNode r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (r.has("error")) {
        throw new IOException(method + " failed: " + r.get("error"));
      }
      return r.path("result");
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException(method + " got no reply", e);
    }
  }

  /**
   * Reads Chromium's stderr up to the line that names the DevTools endpoint, then drains the rest.
   */
  private String devToolsUrl() throws IOException {
    BufferedReader err =
        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = err.readLine()) != null; ) {
      Matcher m = DEVTOOLS_URL.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> err.lines().forEach(l -> {}), "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
      seen.append(line).append('\n');
    }
    throw new IOException("Chromium exited before it opened DevTools:\n" + seen);
  }

  /**
   * Closes the browser and waits for all its processes: a renderer or helper still running would
   * keep writing to the profile folder while a test deletes it.
   */
  @Override
  public void close() throws InterruptedException {
    List<ProcessHandle> processes = new ArrayList<>(process.descendants().toList());
    processes.add(process.toHandle());
    try {
      call(null, "Browser.close", Map.of());
    } catch (IOException e) {
      // It may close the connection before it replies; the processes are stopped below either way.
    }
    socket.abort();
    for (ProcessHandle p : processes) {
      try {
        p.onExit().get(10, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        p.destroyForcibly();
      }
    }
  }

  /**
   * Collects text frames into messages: replies complete their call, everything else is an event.
   */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(partial.toString());
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          } else {
            events.add(message);
          }
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
