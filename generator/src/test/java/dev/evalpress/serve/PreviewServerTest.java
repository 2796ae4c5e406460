package dev.evalpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.build.BuildOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * One preview server over a copy of the small fixture site, driven as an author's editor and
 * browser would: edits, editor save patterns, broken input and its fix, disconnecting pages, and
 * requests that try to leave the site. Waits are bounded (a build on a loaded machine can take
 * seconds) but nothing is timed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewServerTest {

  private static final Duration WAIT = Duration.ofSeconds(90);

  @TempDir static Path dir;

  private static Path root;
  private static PreviewServer server;
  private static final List<String> LOG = new CopyOnWriteArrayList<>();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    root = dir.resolve("root");
    copy(Path.of("src/test/resources/sites/small"), root);
    server =
        PreviewServer.start(
            root,
            BuildOptions.defaults().withThreads(2),
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            LOG::add);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  @Order(1)
  void servesTheBuiltSiteWithTheReloadScriptOnlyInServedPages() throws Exception {
    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body())
        .contains("<script src=\"/__evalpress/reload.js\" defer></script>")
        .contains("connect-src 'self'");
    assertThat(home.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(get("/reports/first/").body()).contains("First report");
    assertThat(get("/__evalpress/reload.js").body()).contains("EventSource");
    // assets are served as they are
    assertThat(get("/assets/site.css").body()).doesNotContain("reload.js");
    assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  @Order(2)
  void aProseEditReloadsOpenPagesWithTheNewText() throws Exception {
    try (EventStream events = EventStream.open(server.uri())) {
      append(root.resolve("content/first.md"), "\nA sentence added while serving.\n");
      assertThat(events.next("reload")).isNotNull();
      assertThat(get("/reports/first/").body()).contains("A sentence added while serving.");
    }
  }

  @Test
  @Order(3)
  void aBrokenEditShowsItsProblemsAndKeepsTheLastGoodSiteUntilTheFix() throws Exception {
    Path report = root.resolve("content/first.md");
    String good = Files.readString(report);
    try (EventStream events = EventStream.open(server.uri())) {
      Files.writeString(report, good + "\n```chart\ntype: pie\n```\n");
      String problems = events.next("problems");
      assertThat(problems)
          .matches("(?s)\\[\"content/first\\.md:\\d+:7: /type: expected one of .*pie.*\"\\]");
      assertThat(get("/reports/first/").body()).contains("A sentence added while serving.");
      // a page opened while the build is broken is told at once
      try (EventStream late = EventStream.open(server.uri())) {
        assertThat(late.next("problems")).isEqualTo(problems);
      }
      Files.writeString(report, good.replace("A sentence added while serving.", "Fixed."));
      assertThat(events.next("reload")).isNotNull();
      assertThat(get("/reports/first/").body())
          .contains("Fixed.")
          .doesNotContain("A sentence added");
    }
  }

  @Test
  @Order(4)
  void editorSavePatternsAddedAndDeletedFilesAndBurstsEachEndInTheLatestSite() throws Exception {
    try (EventStream events = EventStream.open(server.uri())) {
      // write to a temporary file, then rename it over the report
      Path report = root.resolve("content/second.md");
      Path temp = root.resolve("content/.second.md.tmp");
      Files.writeString(temp, Files.readString(report) + "\nSaved by rename.\n");
      Files.move(temp, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      events.next("reload");
      assertThat(get("/reports/second/").body()).contains("Saved by rename.");
      // a new report, in a new folder
      Files.createDirectories(root.resolve("content/notes"));
      Files.writeString(
          root.resolve("content/notes/third.md"),
          "---\ntitle: Third\ndate: 2025-09-01\n---\nNew.\n");
      awaitPage("/reports/notes/third/", 200, events);
      Files.delete(root.resolve("content/notes/third.md"));
      awaitPage("/reports/notes/third/", 404, events);
      // fifty saves in a row: the site ends up with the last
      for (int i = 1; i <= 50; i++) {
        Files.writeString(
            report, "---\ntitle: Second report\ndate: 2025-07-01\n---\nVersion " + i + ".\n");
      }
      for (int i = 0; i < 20 && !get("/reports/second/").body().contains("Version 50."); i++) {
        events.next("reload");
      }
      assertThat(get("/reports/second/").body()).contains("Version 50.");
    }
  }

  @Test
  @Order(5)
  void pagesThatGoAwayAreDroppedAndTheServerKeepsServing() throws Exception {
    for (int i = 0; i < 5; i++) {
      EventStream.open(server.uri()).close();
    }
    try (EventStream events = EventStream.open(server.uri())) {
      append(root.resolve("content/first.md"), "\nAfter the disconnects.\n");
      events.next("reload");
      assertThat(get("/reports/first/").body()).contains("After the disconnects.");
      // the pings every few seconds find the closed streams
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (server.openPages() > 1 && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(server.openPages()).isEqualTo(1);
    }
  }

  @Test
  @Order(6)
  void nothingOutsideTheSiteFolderIsServed() throws Exception {
    Files.writeString(dir.resolve("secret.txt"), "secret");
    Path served = server.servedFolder().orElseThrow();
    Files.createSymbolicLink(served.resolve("planted"), dir);
    for (String path :
        List.of(
            "/../secret.txt",
            "/../../../../etc/passwd",
            "/%2e%2e/secret.txt",
            "/%2e%2e%2fsecret.txt",
            "/assets/%2e%2e/%2e%2e/secret.txt",
            "/..%5csecret.txt",
            "/planted/secret.txt",
            "//etc/passwd",
            "/C:/Windows/win.ini",
            "/%00",
            "/index.html%00.txt")) {
      String response =
          raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      assertThat(response).as(path).startsWith("HTTP/1.1 4").doesNotContain("secret");
    }
    assertThat(
            raw(
                "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 405");
  }

  private static void awaitPage(String path, int status, EventStream events) throws Exception {
    for (int i = 0; i < 20 && get(path).statusCode() != status; i++) {
      events.next("reload");
    }
    assertThat(get(path).statusCode()).as(path).isEqualTo(status);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, Files.readString(file) + text);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** A page's server-sent event stream, read on a thread of its own. */
  private static final class EventStream implements AutoCloseable {

    private final Socket socket;
    private final BlockingQueue<String[]> events = new LinkedBlockingQueue<>();

    private EventStream(Socket socket) {
      this.socket = socket;
    }

    static EventStream open(URI server) throws IOException {
      Socket socket = new Socket(server.getHost(), server.getPort());
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /__evalpress/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      EventStream stream = new EventStream(socket);
      Thread reader = new Thread(() -> stream.read(socket), "event-stream");
      reader.setDaemon(true);
      reader.start();
      return stream;
    }

    private void read(Socket socket) {
      try (InputStream in = socket.getInputStream();
          BufferedReader lines =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String event = null;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.startsWith("event: ")) {
            event = line.substring(7);
          } else if (line.startsWith("data: ") && event != null) {
            events.add(new String[] {event, line.substring(6)});
            event = null;
          }
        }
      } catch (IOException e) {
        // closed
      }
    }

    /**
     * The data of the next event of {@code name}; others are passed over (one save can make two
     * builds when the editor's writes straddle the quiet period).
     */
    String next(String name) throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (true) {
        String[] event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        assertThat(event).as("a \"%s\" event", name).isNotNull();
        if (event[0].equals(name)) {
          return event[1];
        }
      }
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
