package id.go.tebingtinggi.kinerja.benchmark;

import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.task.Task;

/** What the people of CoachingFollowUp type into each of its tasks. */
final class CoachingConduct {

  private CoachingConduct() {
  }

  static Function<Task, Map<String, Object>> form(String taskKey) {
    throw new IllegalStateException("the benchmark does not know how to complete CoachingFollowUp task " + taskKey);
  }
}
