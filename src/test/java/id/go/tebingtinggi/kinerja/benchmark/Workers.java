package id.go.tebingtinggi.kinerja.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * The people working in parallel: a fixed number of threads that take the next piece of work from a shared queue.
 * A piece that hits an optimistic locking conflict is tried again, as a person would press the button again; any
 * other failure stops the run, because a benchmark that skips work measures nothing.
 */
final class Workers implements AutoCloseable {

  private static final int ATTEMPTS = 5;

  private final int count;
  private final ExecutorService threads;
  final AtomicInteger conflicts = new AtomicInteger();

  Workers(int count) {
    this.count = count;
    AtomicInteger number = new AtomicInteger();
    this.threads = Executors.newFixedThreadPool(count, runnable -> {
      Thread thread = new Thread(runnable, "benchmark-worker-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  int count() {
    return count;
  }

  /** Does {@code work} for every item, {@link #count} at a time, and returns when all are done. */
  <T> void run(Collection<T> items, Consumer<T> work) {
    Queue<T> queue = new ConcurrentLinkedQueue<>(items);
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      running.add(threads.submit(() -> {
        for (T item = queue.poll(); item != null && failures.isEmpty(); item = queue.poll()) {
          try {
            attempt(item, work);
          } catch (RuntimeException | Error e) {
            failures.add(e);
          }
        }
      }));
    }
    for (Future<?> future : running) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        failures.add(e.getCause());
      }
    }
    if (!failures.isEmpty()) {
      IllegalStateException stop = new IllegalStateException("a worker failed: " + failures.get(0), failures.get(0));
      failures.stream().skip(1).limit(5).forEach(stop::addSuppressed);
      throw stop;
    }
  }

  private <T> void attempt(T item, Consumer<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        work.accept(item);
        return;
      } catch (OptimisticLockingException e) {
        conflicts.incrementAndGet();
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
