package dev.evalpress.spark;

import java.io.Serializable;

/**
 * A byte range of one log, the unit of work of a task: the log's URI and path as shown, the range,
 * whether the log is gzip (read whole), and the log's header line, valid, which every range needs
 * to read samples (it names the eval). A bean, for Spark's encoder.
 */
public final class LogRange implements Serializable {

  private static final long serialVersionUID = 1L;

  private String uri;
  private String shown;
  private long start;
  private long end;
  private boolean gzip;
  private byte[] header;

  public LogRange() {}

  LogRange(LogFile log, long start, long end, byte[] header) {
    this.uri = log.getUri();
    this.shown = log.getShown();
    this.start = start;
    this.end = end;
    this.gzip = log.isGzip();
    this.header = header.clone();
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

  public long getStart() {
    return start;
  }

  public void setStart(long start) {
    this.start = start;
  }

  public long getEnd() {
    return end;
  }

  public void setEnd(long end) {
    this.end = end;
  }

  public boolean isGzip() {
    return gzip;
  }

  public void setGzip(boolean gzip) {
    this.gzip = gzip;
  }

  public byte[] getHeader() {
    return header == null ? null : header.clone();
  }

  public void setHeader(byte[] header) {
    this.header = header == null ? null : header.clone();
  }
}
