package id.go.tebingtinggi.kinerja.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasklist's "Tugas saya" for one user with many open tasks in the database: the user's first 50 tasks, newest
 * first, queried as that user with authorization on (the filter's query: assignee = current user, ordered by
 * creation time descending, first page of 50), and the same query without an authenticated user for comparison.
 * The open tasks are first tasks of the baseline process, one in {@link #USER_SHARE} assigned to the measured user,
 * the rest spread over everybody in the roster.
 */
final class TaskListQuery {

  static final int USER_SHARE = 400;
  private static final int STARTS_PER_TRANSACTION = 100;
  private static final int WARM_UP = 20;

  private final ProcessEngine engine;
  private final TransactionTemplate transactions;
  private final Workers workers;
  private final People people;
  private final PlannerStatistics statistics;
  private final int repetitions;

  TaskListQuery(ProcessEngine engine, TransactionTemplate transactions, Workers workers, People people,
                PlannerStatistics statistics, int repetitions) {
    this.engine = engine;
    this.transactions = transactions;
    this.workers = workers;
    this.people = people;
    this.statistics = statistics;
    this.repetitions = repetitions;
  }

  /** For each number of open tasks (ascending): fills the task table up to it and measures the query. */
  List<Map<String, Object>> measure(List<Integer> openTaskCounts, String user, List<String> others) {
    List<Map<String, Object>> results = new ArrayList<>();
    for (int target : openTaskCounts) {
      long open = engine.getTaskService().createTaskQuery().count();
      fill((int) Math.max(0, target - open), user, others);
      statistics.refresh();
      long fillEnd = engine.getTaskService().createTaskQuery().count();
      long userTasks = engine.getTaskService().createTaskQuery().taskAssignee(user).count();
      Latencies authorized = time(() -> people.as(user, () -> firstPage(user)));
      Latencies unauthenticated = time(() -> firstPage(user));
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("openTasks", fillEnd);
      result.put("authorizations", engine.getAuthorizationService().createAuthorizationQuery().count());
      result.put("userOpenTasks", userTasks);
      result.put("withAuthorization", authorized.summary());
      result.put("withoutAuthentication", unauthenticated.summary());
      results.add(result);
      System.out.printf("  task list at %,d open tasks (%,d of the user): with authorization p50 %.1f ms p95 %.1f ms, "
              + "without p50 %.1f ms p95 %.1f ms%n", fillEnd, userTasks, authorized.percentile(50),
          authorized.percentile(95), unauthenticated.percentile(50), unauthenticated.percentile(95));
    }
    return results;
  }

  private List<Task> firstPage(String user) {
    List<Task> page = engine.getTaskService().createTaskQuery().taskAssignee(user).orderByTaskCreateTime().desc()
        .listPage(0, 50);
    if (page.isEmpty()) {
      throw new IllegalStateException("the task list of " + user + " is empty");
    }
    return page;
  }

  private Latencies time(Runnable query) {
    Latencies latencies = new Latencies();
    for (int i = 0; i < WARM_UP; i++) {
      query.run();
    }
    for (int i = 0; i < repetitions; i++) {
      latencies.time(query);
    }
    return latencies;
  }

  private void fill(int tasks, String user, List<String> others) {
    int batches = (tasks + STARTS_PER_TRANSACTION - 1) / STARTS_PER_TRANSACTION;
    workers.run(IntStream.range(0, batches).boxed().toList(), batch -> transactions.executeWithoutResult(status -> {
      int from = batch * STARTS_PER_TRANSACTION;
      for (int i = from; i < Math.min(tasks, from + STARTS_PER_TRANSACTION); i++) {
        String assignee = i % USER_SHARE == 0 ? user : others.get(i % others.size());
        engine.getRuntimeService().startProcessInstanceByKey(BareEngineBaseline.PROCESS_KEY,
            Map.of("assignee", assignee));
      }
    }));
  }
}
