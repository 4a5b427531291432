package id.go.tebingtinggi.kinerja.benchmark;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The figures of a run as a plain-text table. */
final class BenchmarkTable {

  private BenchmarkTable() {
  }

  @SuppressWarnings("unchecked")
  static void print(BenchmarkResult result, PrintStream out) {
    Map<String, Object> run = result.get("run");
    Map<String, Object> application = result.get("application");
    out.println();
    out.println("==== Benchmark: a quarter of the whole city ====");
    if (run != null) {
      out.printf("%,d employees, %d workers, %s, history %s, %s cores, %s%n", run.get("employees"), run.get("workers"),
          run.get("databaseProduct"), run.get("historyLevel"), run.get("cores"), run.get("java"));
      out.printf("job executor %s%n", run.get("jobExecutor"));
      out.printf("load average at start %s, at end %s%n", run.get("loadAverageAtStart"),
          (Object) result.get("loadAverageAtEnd"));
    }
    out.printf("%-40s %10s %12s%n", "phase", "wall s", "user tasks");
    if (result.get("rosterImportSeconds") != null) {
      out.printf("%-40s %10.1f %12s%n", "roster import (setup)", (Double) result.get("rosterImportSeconds"), "");
    }
    for (Map<String, Object> phase : result.phases) {
      out.printf("%-40s %10.1f %,12d%n", phase.get("name"), (Double) phase.get("seconds"), phase.get("userTasks"));
    }
    if (application != null) {
      out.printf("%-40s %10.1f %,12d%n", "total (quarter opened to follow-up done)", (Double) application.get("seconds"),
          application.get("userTasks"));
      out.printf("application: %.1f user tasks/s, %.1f process instances/s (%,d instances); task completion %s%n",
          (Double) application.get("tasksPerSecond"), (Double) application.get("processInstancesPerSecond"),
          application.get("processInstancesCompleted"), percentiles(application.get("taskCompletion")));
      ((Map<String, Object>) application.get("taskCompletionByTask")).forEach((task, latencies) ->
          out.printf("    %-36s %s%n", task, percentiles(latencies)));
      out.printf("job failures %s, optimistic locking retries %s; outcome %s%n", application.get("jobFailures"),
          application.get("optimisticLockingRetries"), application.get("outcome"));
    }
    Map<String, Object> bare = result.get("bareEngine");
    if (bare != null) {
      out.printf("bare engine: %.1f user tasks/s, %.1f process instances/s (%.1f starts/s, %.1f completions/s); "
              + "task completion %s%n", (Double) bare.get("tasksPerSecond"), (Double) bare.get("processInstancesPerSecond"),
          (Double) bare.get("processStartsPerSecond"), (Double) bare.get("completionsPerSecond"),
          percentiles(bare.get("taskCompletion")));
      out.printf("application ÷ bare engine: %s%n", (Object) result.get("applicationOverBareEngine"));
    }
    Map<String, Object> pgbench = result.get("pgbench");
    if (pgbench != null) {
      out.printf("pgbench %s%n", pgbench);
    }
    Map<String, Object> sizes = result.get("databaseSize");
    if (sizes != null) {
      sizes.forEach((moment, summary) -> out.printf("database %s: %s%n", moment,
          summary instanceof Map<?, ?> map ? map.get("bytesPerEmployeeQuarter") + " bytes per employee-quarter, total "
              + map.get("bytes") : summary + " bytes"));
    }
    Map<String, Object> taskList = result.get("taskList");
    if (taskList != null) {
      for (Map<String, Object> measurement : (List<Map<String, Object>>) taskList.get("measurements")) {
        out.printf("task list of %s at %,d open tasks (%,d authorizations): with authorization %s; without %s%n",
            taskList.get("user"), measurement.get("openTasks"), measurement.get("authorizations"),
            percentiles(measurement.get("withAuthorization")), percentiles(measurement.get("withoutAuthentication")));
      }
    }
    if (result.get("plannerStatistics") != null) {
      out.printf("planner statistics %s%n", (Object) result.get("plannerStatistics"));
    }
    out.printf("peak heap %s MiB of %s MiB%n", (Object) result.get("peakHeapMiB"), (Object) result.get("maxHeapMiB"));
    List<String> problems = result.get("problems");
    out.println(problems == null || problems.isEmpty() ? "no problems" : "PROBLEMS: " + problems);
  }

  @SuppressWarnings("unchecked")
  private static String percentiles(Object summary) {
    Map<String, Object> s = (Map<String, Object>) summary;
    return String.format("p50 %s ms, p95 %s ms, p99 %s ms (n=%s)", s.get("p50Ms"), s.get("p95Ms"), s.get("p99Ms"),
        s.get("count"));
  }
}
