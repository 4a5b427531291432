package id.go.tebingtinggi.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History cleanup is configured (night window, removal time at the end of an instance plus its process's time to
 * live) and removes a finished instance's history once its time to live has passed — and not before. Other tests'
 * history, whose processes live for ten years, is untouched by the month this test moves the clock.
 */
@IntegrationTest
class HistoryCleanupTest {

  @Autowired ProcessEngine engine;
  Deployment deployment;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    if (deployment != null) {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void finishedHistoryIsRemovedOnlyAfterItsTimeToLive() {
    assertThat(engine.getProcessEngineConfiguration()).extracting("historyCleanupBatchWindowStartTime")
        .isEqualTo("22:00+0700");
    deployment = engine.getRepositoryService().createDeployment().addModelInstance("Singkat.bpmn",
        Bpmn.createExecutableProcess("HistoryCleanupFixture").camundaHistoryTimeToLive(30)
            .startEvent().endEvent().done()).deploy();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("HistoryCleanupFixture").getId();
    assertThat(historicCount(instance)).isEqualTo(1);

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(29))));
    runCleanup();
    assertThat(historicCount(instance)).as("kept within its time to live").isEqualTo(1);

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(31))));
    runCleanup();
    assertThat(historicCount(instance)).as("removed after its time to live").isZero();
  }

  private long historicCount(String instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).count();
  }

  private void runCleanup() {
    for (Job job : engine.getHistoryService().findHistoryCleanupJobs()) {
      engine.getManagementService().deleteJob(job.getId());
    }
    engine.getHistoryService().cleanUpHistoryAsync(true);
    for (Job job : engine.getHistoryService().findHistoryCleanupJobs()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }
}
