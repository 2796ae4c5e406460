package dev.evalpress.bench;

/**
 * The peak heap in use while it is open, sampled every 5 ms on a daemon thread: what a run holds,
 * garbage included.
 */
public final class PeakHeap implements AutoCloseable {

  private final Thread sampler;
  private volatile long peak;

  private PeakHeap() {
    sampler =
        new Thread(
            () -> {
              Runtime rt = Runtime.getRuntime();
              while (!Thread.currentThread().isInterrupted()) {
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
  }

  /** Starts sampling. */
  public static PeakHeap start() {
    PeakHeap heap = new PeakHeap();
    heap.sampler.start();
    return heap;
  }

  /** Stops sampling and waits for the sampler to end, so that {@link #bytes} is final. */
  @Override
  public void close() throws InterruptedException {
    sampler.interrupt();
    sampler.join();
  }

  /** The most heap in use seen, in bytes. */
  public long bytes() {
    return peak;
  }
}
