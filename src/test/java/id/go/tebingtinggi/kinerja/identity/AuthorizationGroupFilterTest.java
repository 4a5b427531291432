package id.go.tebingtinggi.kinerja.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.identity.AuthorizationGroupFilter.UnfilteredGroupsAuthorizationManager;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine checks authorizations with the user's groups as they are, without first reading every group that holds
 * an authorization (docs/benchmark.md), and what each user may see is unchanged by it.
 */
@IntegrationTest
class AuthorizationGroupFilterTest {

  static final String NO_GRANTS = "kelompok-tanpa-izin";

  @Autowired ProcessEngine engine;

  private Task task;

  @AfterEach
  void removeTask() {
    engine.getIdentityService().clearAuthentication();
    if (task != null) {
      engine.getTaskService().deleteTask(task.getId(), true);
    }
  }

  @Test
  void engineUsesTheManagerThatKeepsTheGroupsAsTheyAre() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    AuthorizationManager manager = configuration.getCommandExecutorTxRequired()
        .execute(commandContext -> commandContext.getAuthorizationManager());

    assertThat(manager).isInstanceOf(UnfilteredGroupsAuthorizationManager.class);
    assertThat(manager.filterAuthenticatedGroupIds(List.of(Roles.PEGAWAI, NO_GRANTS)))
        .containsExactly(Roles.PEGAWAI, NO_GRANTS);
    assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
  }

  @Test
  void aGroupWithoutAuthorizationsGrantsNothingAndHidesNothing() {
    task = engine.getTaskService().newTask();
    task.setName("Tugas uji filter kelompok");
    task.setAssignee("pemilik.tugas");
    engine.getTaskService().saveTask(task);

    engine.getIdentityService().setAuthentication("orang.lain", List.of(NO_GRANTS));
    long seenByOthers = engine.getTaskService().createTaskQuery().taskId(task.getId()).count();
    engine.getIdentityService().setAuthentication("pemilik.tugas", List.of(NO_GRANTS, Roles.PEGAWAI));
    long seenByAssignee = engine.getTaskService().createTaskQuery().taskId(task.getId()).count();
    engine.getIdentityService().clearAuthentication();

    assertThat(seenByOthers).as("a user whose only group holds no authorization").isZero();
    assertThat(seenByAssignee).as("the assignee, with a group that holds no authorization beside theirs").isOne();
  }
}
