package id.go.tebingtinggi.kinerja.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The query planner's statistics. In production PostgreSQL's autovacuum analyzes a table once about a tenth of its
 * rows have changed, checking every minute, so the engine's queries run with plans for the data as it is. On a
 * server with autovacuum off (like this machine's local one) every query of the run would be planned for tables
 * that were never analyzed: fetching an execution's variables, for one, then reads the index entries of every
 * variable that belongs to no task (3.6 ms instead of 0.1 ms at 80,000 variables). There the benchmark does
 * autovacuum's work itself: it analyzes the database every {@link #INTERVAL_SECONDS} seconds while the run goes on,
 * and once more after each phase and after each fill of the task table (outside the measured time), and says so in
 * its figures. H2 keeps its own selectivity statistics as rows change.
 */
final class PlannerStatistics implements AutoCloseable {

  static final int INTERVAL_SECONDS = 30;

  private final JdbcTemplate jdbc;
  private final boolean byHand;
  private final String autovacuum;
  private final ScheduledExecutorService schedule;
  private long nanos;
  private int runs;

  private PlannerStatistics(JdbcTemplate jdbc, boolean byHand, String autovacuum) {
    this.jdbc = jdbc;
    this.byHand = byHand;
    this.autovacuum = autovacuum;
    this.schedule = byHand ? Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "benchmark-analyze");
      thread.setDaemon(true);
      return thread;
    }) : null;
    if (byHand) {
      schedule.scheduleWithFixedDelay(this::refresh, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }
  }

  static PlannerStatistics of(JdbcTemplate jdbc) {
    String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    if (!"PostgreSQL".equals(product)) {
      return new PlannerStatistics(jdbc, false, "not PostgreSQL");
    }
    String autovacuum = jdbc.queryForObject("show autovacuum", String.class);
    return new PlannerStatistics(jdbc, "off".equals(autovacuum), autovacuum);
  }

  /** Analyzes the database when the server's autovacuum would not. */
  synchronized void refresh() {
    if (byHand) {
      long started = System.nanoTime();
      jdbc.execute("analyze");
      nanos += System.nanoTime() - started;
      runs++;
    }
  }

  synchronized Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("autovacuum", autovacuum);
    summary.put("analyzedByTheBenchmark", byHand);
    summary.put("analyzeRuns", runs);
    summary.put("analyzeSeconds", BenchmarkResult.seconds(nanos));
    return summary;
  }

  @Override
  public void close() {
    if (schedule != null) {
      schedule.shutdownNow();
    }
  }
}
