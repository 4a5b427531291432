package id.go.tebingtinggi.kinerja.cycle;

import id.go.tebingtinggi.kinerja.review.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
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
  private final AtomicInteger executed = new AtomicInteger();

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
    return executed.get();
  }

  /** Executes until no due job of the quarter is left; returns the jobs that failed, by id, with their exception. */
  public Map<String, Throwable> executeTolerating() {
    return executeTolerating(1);
  }

  /**
   * As the job executor runs them: {@code threads} workers, the jobs of one process instance one after another
   * (Camunda's exclusive jobs), different instances side by side. Returns the jobs that failed, by id.
   */
  public Map<String, Throwable> executeTolerating(int threads) {
    Map<String, Throwable> failures = new ConcurrentHashMap<>();
    // one thread: the test's own, as a test would run the jobs itself
    ExecutorService workers = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    try {
      for (int round = 0; round < 10_000; round++) {
        Map<String, List<Job>> byInstance = engine.getManagementService().createJobQuery().executable().messages()
            .list().stream()
            .filter(job -> !failures.containsKey(job.getId()) && belongsHere(job.getProcessInstanceId()))
            .collect(Collectors.groupingBy(Job::getProcessInstanceId, LinkedHashMap::new, Collectors.toList()));
        if (byInstance.isEmpty()) {
          return new LinkedHashMap<>(failures);
        }
        if (workers == null) {
          byInstance.values().forEach(instanceJobs -> execute(instanceJobs, failures));
          continue;
        }
        List<Future<?>> running = new ArrayList<>();
        for (List<Job> instanceJobs : byInstance.values()) {
          running.add(workers.submit(() -> execute(instanceJobs, failures)));
        }
        for (Future<?> instance : running) {
          instance.get();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running the jobs", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a job worker failed", e.getCause());
    } finally {
      if (workers != null) {
        workers.shutdownNow();
      }
    }
    throw new AssertionError("jobs of the quarter" + keySuffix + " keep coming");
  }

  private void execute(List<Job> instanceJobs, Map<String, Throwable> failures) {
    for (Job job : instanceJobs) {
      try {
        engine.getManagementService().executeJob(job.getId());
        executed.incrementAndGet();
      } catch (RuntimeException e) {
        failures.put(job.getId(), e);
      }
    }
  }

  /** Runs one job now, whatever its due date (a retry after a failure). */
  public void retry(String jobId) {
    engine.getManagementService().executeJob(jobId);
    executed.incrementAndGet();
  }

  public int executed() {
    return executed.get();
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
