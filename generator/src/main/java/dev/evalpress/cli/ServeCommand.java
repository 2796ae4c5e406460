package dev.evalpress.cli;

import dev.evalpress.build.BuildOptions;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.serve.PreviewServer;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code evalpress serve}: builds the site, serves it on loopback and rebuilds it after every edit
 * of {@code content/}, {@code results/} or {@code evalpress.yaml}, reloading the open pages. Runs
 * until stopped (Ctrl+C).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Build the site, serve it locally and rebuild it on every edit; open pages reload.")
final class ServeCommand implements Callable<Integer> {

  @Mixin SiteOptions options;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port to serve on (default: 4000; 0 picks a free one).")
  int port = 4000;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      description =
          "Address to listen on (default: 127.0.0.1, this machine only). Anything else lets other"
              + " machines read the site.")
  String bind = "127.0.0.1";

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    BuildOptions build = options.buildOptions(cli);
    SourceFolders folders = options.folders(cli);
    if (port < 0 || port > 65_535) {
      throw new ParameterException(cli, "--port: expected a port from 0 to 65535, got " + port);
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new ParameterException(
          cli, "--bind: \"" + bind + "\" is not an address of this machine");
    }
    PrintWriter out = cli.getOut();
    out.println("Building " + options.root.toAbsolutePath().normalize() + " …");
    out.flush();
    PreviewServer server;
    try {
      server =
          PreviewServer.start(
              folders,
              build,
              new InetSocketAddress(address, port),
              line -> {
                out.println(line);
                out.flush();
              });
    } catch (BindException e) {
      throw new ParameterException(
          cli,
          "cannot listen on "
              + bind
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); choose another --port, or 0 for a free one");
    }
    out.println(
        "Serving "
            + options.root.toAbsolutePath().normalize()
            + " at "
            + server.uri()
            + "; edits rebuild the site. Stop with Ctrl+C.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              close(server);
              stopped.countDown();
            });
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // embedded (a test, a plugin): stop when the caller's thread is interrupted
      Runtime.getRuntime().removeShutdownHook(hook);
      close(server);
    }
    return 0;
  }

  private static void close(PreviewServer server) {
    try {
      server.close();
    } catch (Exception e) {
      // stopping anyway: what is left is a temporary folder
    }
  }
}
