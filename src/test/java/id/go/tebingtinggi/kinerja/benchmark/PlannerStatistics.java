package id.go.tebingtinggi.kinerja.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
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
 * variable that belongs to no task (3.6 ms at 80,000 variables, where the index on the execution takes 0.2 ms once
 * the table is analyzed). There the benchmark does autovacuum's analyses itself: every {@link #INTERVAL_SECONDS}
 * seconds while the run goes on, and once more after each phase and after each fill of the task table (outside the
 * measured time), it analyzes the tables that autovacuum's default rule would, and says so in its figures. H2 keeps
 * its own selectivity statistics as rows change.
 */
final class PlannerStatistics implements AutoCloseable {

  static final int INTERVAL_SECONDS = 20;

  private final JdbcTemplate jdbc;
  private final boolean byHand;
  private final String autovacuum;
  private final ScheduledExecutorService schedule;
  private long nanos;
  private int runs;
  private int tablesAnalyzed;

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

  /**
   * Analyzes, when the server's autovacuum would not, the tables autovacuum would analyze by its default rule: more
   * rows changed since the last analysis than 50 plus a tenth of the table.
   */
  synchronized void refresh() {
    if (byHand) {
      long started = System.nanoTime();
      List<String> due = jdbc.queryForList("select relname from pg_stat_user_tables "
          + "where n_mod_since_analyze > 50 + 0.1 * greatest(n_live_tup, 0) order by relname", String.class);
      for (String table : due) {
        jdbc.execute("analyze \"" + table.replace("\"", "\"\"") + "\"");
      }
      tablesAnalyzed += due.size();
      nanos += System.nanoTime() - started;
      runs++;
    }
  }

  synchronized Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("autovacuum", autovacuum);
    summary.put("analyzedByTheBenchmark", byHand);
    summary.put("analyzeRuns", runs);
    summary.put("tablesAnalyzed", tablesAnalyzed);
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
