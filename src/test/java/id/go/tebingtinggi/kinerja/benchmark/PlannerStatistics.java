package id.go.tebingtinggi.kinerja.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The query planner's statistics. In production PostgreSQL's autovacuum analyzes a table once a tenth or so of its
 * rows have changed, so the engine's queries run with plans for the data as it is. A server with autovacuum off
 * (like this machine's local one) would plan every query of the run for empty tables; there the benchmark analyzes
 * the database itself after each phase and after each fill of the task table, outside the measured time, and says so
 * in its figures. H2 keeps its own selectivity statistics up to date as rows change.
 */
final class PlannerStatistics {

  private final JdbcTemplate jdbc;
  private final boolean byHand;
  private final String autovacuum;
  private long nanos;
  private int runs;

  private PlannerStatistics(JdbcTemplate jdbc, boolean byHand, String autovacuum) {
    this.jdbc = jdbc;
    this.byHand = byHand;
    this.autovacuum = autovacuum;
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
  void refresh() {
    if (byHand) {
      long started = System.nanoTime();
      jdbc.execute("analyze");
      nanos += System.nanoTime() - started;
      runs++;
    }
  }

  Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("autovacuum", autovacuum);
    summary.put("analyzedByTheBenchmark", byHand);
    summary.put("analyzeRuns", runs);
    summary.put("analyzeSeconds", BenchmarkResult.seconds(nanos));
    return summary;
  }
}
