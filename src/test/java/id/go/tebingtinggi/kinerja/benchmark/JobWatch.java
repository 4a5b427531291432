package id.go.tebingtinggi.kinerja.benchmark;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Waits for the job executor: until no job is due (a running job stays in the table until it commits) and the
 * expected state is reached. A job that failed waits for its retry like in production; it is reported as it is seen,
 * and an incident (retries exhausted) stops the run.
 */
final class JobWatch {

  /**
   * How often the job table is counted. Every 100 ms, the count of due jobs was the second most frequent statement
   * on the database during the evaluation meetings at 5,000 employees: the benchmark's own load, not the
   * application's. A phase's end is seen at most this much later.
   */
  static final long POLL_MILLIS = 500;

  private final ManagementService management;
  private final RuntimeService runtime;
  private final Duration timeout;
  private final java.util.Set<String> reported = new java.util.HashSet<>();

  JobWatch(ManagementService management, RuntimeService runtime, Duration timeout) {
    this.management = management;
    this.runtime = runtime;
    this.timeout = timeout;
  }

  void awaitDrained(String what, BooleanSupplier reached) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int poll = 0; ; poll++) {
      if (poll % 4 == 0) {
        reportFailures();
      }
      if (management.createJobQuery().executable().count() == 0 && reached.getAsBoolean()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("waited " + timeout + " for " + what + ": "
            + management.createJobQuery().executable().count() + " jobs due, "
            + management.createJobQuery().withException().count() + " failed");
      }
      sleep(POLL_MILLIS);
    }
  }

  private void reportFailures() {
    if (runtime.createIncidentQuery().count() > 0) {
      throw new IllegalStateException("incident: " + runtime.createIncidentQuery().list().get(0).getIncidentMessage());
    }
    for (Job job : management.createJobQuery().withException().list()) {
      if (reported.add(job.getId() + "/" + job.getRetries())) {
        System.out.printf("  job %s failed, waits for its retry at %s: %s%n", job.getId(), job.getDuedate(),
            job.getExceptionMessage());
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
