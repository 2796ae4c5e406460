package dev.evalpress.render.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The stylesheet of a single-file export: the site's own (so an export looks like the site, light
 * and dark, and prints the same) plus a few export rules, inlined and allowed by the page's CSP
 * through its SHA-256, since a standalone file cannot load {@code style.css} from {@code 'self'}.
 */
final class StandaloneStyle {

  private static final String STYLESHEET = "/dev/evalpress/assets/style.css";

  /** Additions for exports only, after the site's rules so they win ties. */
  private static final String EXPORT_CSS =
      """

      /* single-file export */
      .gate { padding: 0.5em 0.75em; border: 2px solid currentColor; }
      .gate.passed { color: inherit; }
      .gate.failed { font-weight: bold; }
      .digests { font-size: 0.8em; overflow-wrap: anywhere; }
      @media print { details { display: block; } details > * { display: block; } }
      """;

  static final String CSS = read() + EXPORT_CSS;

  private StandaloneStyle() {}

  /** The page's CSP: nothing may load but data: images and exactly this stylesheet. */
  static String contentSecurityPolicy() {
    return "default-src 'none'; img-src data:; style-src '"
        + sha256Base64(CSS)
        + "'; script-src 'none'; base-uri 'none'; form-action 'none'";
  }

  private static String read() {
    try (InputStream in = StandaloneStyle.class.getResourceAsStream(STYLESHEET)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + STYLESHEET);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code sha256-…} of the text as UTF-8, the CSP source that allows exactly that style. */
  private static String sha256Base64(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
