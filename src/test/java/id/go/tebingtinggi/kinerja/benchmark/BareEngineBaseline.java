package id.go.tebingtinggi.kinerja.benchmark;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The bare engine on the same database, with the same workers and the same people: instances of a process of eight
 * sequential user tasks without listeners, forms or decisions ({@code benchmark/BareEightTasks.bpmn}), started and
 * then completed task by task by their assignees, as many user tasks as the application's quarter had.
 */
final class BareEngineBaseline {

  static final String PROCESS_KEY = "BareEightTasks";
  static final String RESOURCE = "benchmark/BareEightTasks.bpmn";
  static final int TASKS_PER_INSTANCE = 8;

  private final ProcessEngine engine;
  private final Workers workers;
  private final People people;
  final Latencies completions = new Latencies();
  final Latencies starts = new Latencies();
  int instances;
  int tasksCompleted;
  long startNanos;
  long wallNanos;

  BareEngineBaseline(ProcessEngine engine, Workers workers, People people) {
    this.engine = engine;
    this.workers = workers;
    this.people = people;
  }

  static void deploy(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("benchmark-baseline").enableDuplicateFiltering(true)
        .addClasspathResource(RESOURCE).deploy();
  }

  void run(int userTasks, List<String> assignees) {
    instances = (userTasks + TASKS_PER_INSTANCE - 1) / TASKS_PER_INSTANCE;
    long begin = System.nanoTime();
    workers.run(IntStream.range(0, instances).boxed().toList(), i -> starts.time(() ->
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
            Map.of("assignee", assignees.get(i % assignees.size())))));
    startNanos = System.nanoTime() - begin;
    for (int step = 1; step <= TASKS_PER_INSTANCE; step++) {
      List<Task> tasks = engine.getTaskService().createTaskQuery().taskDefinitionKey("UserTask_" + step).list();
      workers.run(tasks, task -> people.as(task.getAssignee(),
          () -> completions.time(() -> engine.getTaskService().complete(task.getId()))));
      tasksCompleted += tasks.size();
    }
    wallNanos = System.nanoTime() - begin;
    long left = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    if (left > 0) {
      throw new IllegalStateException(left + " baseline instances did not end");
    }
  }
}
