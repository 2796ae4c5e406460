package dev.evalpress.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on a pool of its own with a fixed number of threads, keeping the items' order. A
 * build's parallelism is then what the caller asked for, not the size of the JVM's shared common
 * pool. With one thread, items map on the calling thread.
 */
final class ParallelMap implements AutoCloseable {

  /** Items mapped at once by {@link #forEach}: enough to keep every thread busy. */
  static final int CHUNK = 256;

  private final ExecutorService pool;

  ParallelMap(int threads) {
    pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                task -> {
                  Thread t = new Thread(task, "evalpress-render");
                  t.setDaemon(true);
                  return t;
                });
  }

  /** {@code f} of every item, in the items' order; the first failure is rethrown as is. */
  <T, R> List<R> map(Collection<T> items, Function<T, R> f) {
    if (pool == null) {
      return items.stream().map(f).toList();
    }
    List<Callable<R>> tasks = new ArrayList<>();
    for (T item : items) {
      tasks.add(() -> f.apply(item));
    }
    List<R> out = new ArrayList<>();
    try {
      for (Future<R> future : pool.invokeAll(tasks)) {
        out.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering pages", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
    return out;
  }

  /**
   * {@code f} of every item, handed to {@code sink} in the items' order, {@value #CHUNK} items at a
   * time: at most one chunk's results are held at once, however many items there are.
   */
  <T, R> void forEach(List<T> items, Function<T, R> f, Consumer<R> sink) {
    for (int from = 0; from < items.size(); from += CHUNK) {
      map(items.subList(from, Math.min(items.size(), from + CHUNK)), f).forEach(sink);
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
