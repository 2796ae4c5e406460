package dev.evalpress.spark;

import java.io.Serializable;

/**
 * One log found by the listing: its URI, its path as shown in problems (from the listed folder's
 * own name, as {@code evalpress import --logs} shows it), its size, and whether it is gzip. A bean,
 * for Spark's encoder.
 */
public final class LogFile implements Serializable {

  private static final long serialVersionUID = 1L;

  private String uri;
  private String shown;
  private long length;
  private boolean gzip;

  public LogFile() {}

  LogFile(String uri, String shown, long length) {
    this.uri = uri;
    this.shown = shown;
    this.length = length;
    this.gzip = uri.endsWith(".gz");
  }

  public String getUri() {
    return uri;
  }

  public void setUri(String uri) {
    this.uri = uri;
  }

  public String getShown() {
    return shown;
  }

  public void setShown(String shown) {
    this.shown = shown;
  }

  public long getLength() {
    return length;
  }

  public void setLength(long length) {
    this.length = length;
  }

  public boolean isGzip() {
    return gzip;
  }

  public void setGzip(boolean gzip) {
    this.gzip = gzip;
  }
}
