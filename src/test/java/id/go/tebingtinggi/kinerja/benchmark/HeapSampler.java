package id.go.tebingtinggi.kinerja.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The largest heap in use seen over the run, sampled every 100 ms. */
final class HeapSampler implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile long peak;

  HeapSampler() {
    thread = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "benchmark-heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  long peakBytes() {
    return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
  }

  long maxBytes() {
    return memory.getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
