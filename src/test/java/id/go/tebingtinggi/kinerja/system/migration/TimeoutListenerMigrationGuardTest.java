package id.go.tebingtinggi.kinerja.system.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationType;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.junit.jupiter.api.Test;

class TimeoutListenerMigrationGuardTest {

  private static final String TASK = "UserTask_SelfAssess";

  @Test
  void aMigrationTakingDeclarationsOutOfItsCopyLeavesTheTasksDeclarationsWhole() {
    Map<String, Map<String, TimerDeclarationImpl>> declarations =
        new TimeoutListenerMigrationGuard.CopyingDeclarations(Map.of(TASK,
            Map.of("TaskListener_Remind", timer(), "TaskListener_Escalate", timer())));

    // what Camunda's migration does with the target task's declarations
    Map<String, Map<String, TimerDeclarationImpl>> migrationsCopy = new HashMap<>(declarations);
    migrationsCopy.get(TASK).remove("TaskListener_Remind");
    migrationsCopy.get(TASK).remove("TaskListener_Escalate");

    assertThat(migrationsCopy.get(TASK)).isEmpty();
    assertThat(declarations.get(TASK)).containsOnlyKeys("TaskListener_Remind", "TaskListener_Escalate");
    assertThat(declarations.values()).singleElement().satisfies(byListener -> assertThat(byListener).hasSize(2));
  }

  private static TimerDeclarationImpl timer() {
    return new TimerDeclarationImpl(null, TimerDeclarationType.DATE, TimerTaskListenerJobHandler.TYPE);
  }
}
