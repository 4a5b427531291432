package id.go.tebingtinggi.kinerja.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's small mode in every build, so that it cannot rot: a city of 200 employees runs its quarter to the
 * end (every instance finished, except the coachings waiting for the next quarter's predikat and the reviews that
 * called them), the bare-engine baseline and the task-list query run, and the figures are written as JSON. Nothing
 * here is about speed.
 *
 * <p>Runs in Failsafe's own JVM (execution {@code benchmark-small-mode} in pom.xml), never in the Surefire JVM: the
 * benchmark starts an application with an engine of its own, which would misroute the engine REST calls of the
 * shared test contexts there. Uses the current year and quarter on its own fresh database (an H2 file, an embedded
 * PostgreSQL server), so it shares no data with any other test.
 */
class BenchmarkSmallModeIT {

  @Test
  void smallCityQuarterRunsToTheEndOnH2AndWritesItsFigures() throws Exception {
    runAndCheck("h2");
  }

  @Test
  void smallCityQuarterRunsToTheEndOnEmbeddedPostgresAndWritesItsFigures() throws Exception {
    runAndCheck("embedded-postgres");
  }

  private static void runAndCheck(String database) throws Exception {
    Benchmark benchmark = new Benchmark(Benchmark.Options.parse("--employees=200", "--database=" + database,
        "--open-tasks=2000", "--query-repetitions=20", "--pgbench-seconds=5", "--output=target/benchmark-small"));
    Files.deleteIfExists(benchmark.resultFile());

    benchmark.run();

    assertThat(benchmark.problems()).isEmpty();
    assertThat(benchmark.resultFile()).exists();
    JsonNode figures = new ObjectMapper().readTree(benchmark.resultFile().toFile());
    JsonNode outcome = figures.path("application").path("outcome");
    assertThat(outcome.path("reviewsByStatus").path("DECIDED").asInt()).isEqualTo(outcome.path("reviews").asInt())
        .isPositive();
    assertThat(figures.path("application").path("userTasks").asInt()).isPositive();
    assertThat(figures.path("bareEngine").path("userTasks").asInt()).isPositive();
    assertThat(figures.path("taskList").path("measurements")).isNotEmpty();
  }
}
