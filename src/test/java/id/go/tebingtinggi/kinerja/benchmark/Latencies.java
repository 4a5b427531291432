package id.go.tebingtinggi.kinerja.benchmark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Durations of one kind of call, recorded from several threads, summarised as percentiles in milliseconds. */
final class Latencies {

  private long[] nanos = new long[1024];
  private int count;

  <T> T time(Supplier<T> call) {
    long start = System.nanoTime();
    T result = call.get();
    record(System.nanoTime() - start);
    return result;
  }

  void time(Runnable call) {
    long start = System.nanoTime();
    call.run();
    record(System.nanoTime() - start);
  }

  synchronized void record(long duration) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = duration;
  }

  synchronized void addAll(Latencies other) {
    long[] theirs;
    int n;
    synchronized (other) {
      theirs = Arrays.copyOf(other.nanos, other.count);
      n = other.count;
    }
    for (int i = 0; i < n; i++) {
      record(theirs[i]);
    }
  }

  synchronized int count() {
    return count;
  }

  /** The {@code p}-th percentile (nearest rank) in milliseconds; 0 when nothing was recorded. */
  synchronized double percentile(double p) {
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * count);
    return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
  }

  synchronized double meanMillis() {
    if (count == 0) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += nanos[i];
    }
    return sum / count / 1e6;
  }

  Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("count", count());
    summary.put("p50Ms", round(percentile(50)));
    summary.put("p95Ms", round(percentile(95)));
    summary.put("p99Ms", round(percentile(99)));
    summary.put("meanMs", round(meanMillis()));
    summary.put("maxMs", round(percentile(100)));
    return summary;
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
