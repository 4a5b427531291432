package id.go.tebingtinggi.kinerja.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's small mode in every build, so that it cannot rot: a city of 200 employees runs its quarter to the
 * end, the baseline and the task-list query run, and the figures are written. Nothing here is about speed.
 */
class BenchmarkSmallModeTest {

  @Test
  void smallCityQuarterRunsToTheEndAndWritesItsFigures() throws Exception {
    Benchmark benchmark = new Benchmark(Benchmark.Options.parse("--employees=200", "--open-tasks=2000",
        "--query-repetitions=20", "--output=target/benchmark-small",
        // a name of its own, so the engines of the test contexts sharing this JVM stay registered as they are
        "--camunda.bpm.process-engine-name=benchmark"));

    benchmark.run();

    assertThat(benchmark.problems()).isEmpty();
    JsonNode figures = new ObjectMapper().readTree(benchmark.resultFile().toFile());
    JsonNode application = figures.path("application");
    int reviews = application.path("outcome").path("reviews").asInt();
    assertThat(reviews).isEqualTo(199);
    assertThat(application.path("outcome").path("reviewsByStatus").path("DECIDED").asInt()).isEqualTo(reviews);
    assertThat(application.path("userTasks").asInt()).isGreaterThanOrEqualTo(5 * reviews);
    assertThat(figures.path("bareEngine").path("userTasks").asInt())
        .isGreaterThanOrEqualTo(application.path("userTasks").asInt());
    assertThat(figures.path("taskList").path("measurements")).hasSize(1);
    assertThat(figures.path("taskList").path("measurements").get(0).path("openTasks").asInt())
        .isGreaterThanOrEqualTo(2000);
    assertThat(figures.path("databaseSize").path("atEnd").path("bytes").path("history").asLong()).isPositive();
  }
}
