package dev.evalpress.serve;

/**
 * What the server adds to every HTML page it serves, and only to those: the stylesheet and script
 * that reload the page after a rebuild and show a failed build's problems. The page's
 * Content-Security-Policy gains {@code connect-src 'self'} so that the script may open its event
 * stream; nothing else of the policy changes.
 */
final class ServedPage {

  static final String SCRIPT = "/__evalpress/reload.js";
  static final String STYLESHEET = "/__evalpress/overlay.css";
  static final String EVENTS = "/__evalpress/events";

  private static final String TAGS =
      "<link rel=\"stylesheet\" href=\""
          + STYLESHEET
          + "\"><script src=\""
          + SCRIPT
          + "\" defer></script>";
  private static final String POLICY = "default-src 'none';";

  private ServedPage() {}

  /**
   * {@code html} with the reload script and stylesheet before its head's end (or at its end if it
   * has none).
   */
  static String withReload(String html) {
    int policy = html.indexOf(POLICY);
    String page =
        policy < 0
            ? html
            : html.substring(0, policy)
                + POLICY
                + " connect-src 'self';"
                + html.substring(policy + POLICY.length());
    int head = page.indexOf("</head>");
    return head < 0 ? page + TAGS : page.substring(0, head) + TAGS + page.substring(head);
  }

  /** The page shown for every path while no build has succeeded yet: the overlay shows why. */
  static String noSiteYet() {
    return withReload(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\""
            + "Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; script-src 'self'\">"
            + "<title>evalpress: build failed</title></head><body><main><h1>The site has not built yet</h1><p>The"
            + " problems are listed over this page; fix them and it reloads.</p></main></body></html>\n");
  }
}
