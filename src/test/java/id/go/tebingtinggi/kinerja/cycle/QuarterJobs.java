package id.go.tebingtinggi.kinerja.cycle;

import id.go.tebingtinggi.kinerja.review.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Runs the asynchronous continuations (not timers) of one quarter's instances, as the job executor would (it is off
 * in tests): the opening instances it is told about, and every instance whose business key ends with the quarter
 * ({@code -<year>-Q<n>}: cycles, reviews, their coaching). A job that fails is left as the engine leaves it (retries
 * decremented, due again later) and reported, so a test can retry it.
 */
public final class QuarterJobs {

  private final ProcessEngine engine;
  private final String keySuffix;
  private final Set<String> openings = new HashSet<>();
  private final Map<String, Boolean> belongs = new HashMap<>();
  private int executed;

  public QuarterJobs(ProcessEngine engine, Period period) {
    this.engine = engine;
    this.keySuffix = "-" + period.year() + "-Q" + period.quarter();
  }

  public QuarterJobs include(String processInstanceId) {
    openings.add(processInstanceId);
    return this;
  }

  /** Executes until no due job of the quarter is left; fails on the first job that fails. */
  public int executeAll() {
    Map<String, Throwable> failures = executeTolerating();
    if (!failures.isEmpty()) {
      Throwable first = failures.values().iterator().next();
      throw new AssertionError("jobs of the quarter failed: " + failures.keySet(), first);
    }
    return executed;
  }

  /** Executes until no due job of the quarter is left; returns the jobs that failed, by id, with their exception. */
  public Map<String, Throwable> executeTolerating() {
    Map<String, Throwable> failures = new LinkedHashMap<>();
    for (int round = 0; round < 10_000; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().messages().list().stream()
          .filter(job -> !failures.containsKey(job.getId()) && belongsHere(job.getProcessInstanceId()))
          .toList();
      if (due.isEmpty()) {
        return failures;
      }
      for (Job job : due) {
        try {
          engine.getManagementService().executeJob(job.getId());
          executed++;
        } catch (RuntimeException e) {
          failures.put(job.getId(), e);
        }
      }
    }
    throw new AssertionError("jobs of the quarter" + keySuffix + " keep coming");
  }

  /** Runs one job now, whatever its due date (a retry after a failure). */
  public void retry(String jobId) {
    engine.getManagementService().executeJob(jobId);
    executed++;
  }

  public int executed() {
    return executed;
  }

  private boolean belongsHere(String processInstanceId) {
    if (processInstanceId == null) {
      return false;
    }
    if (openings.contains(processInstanceId)) {
      return true;
    }
    return belongs.computeIfAbsent(processInstanceId, id -> {
      ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
          .singleResult();
      return instance != null && instance.getBusinessKey() != null && instance.getBusinessKey().endsWith(keySuffix);
    });
  }
}
