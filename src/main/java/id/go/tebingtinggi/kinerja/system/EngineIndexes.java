package id.go.tebingtinggi.kinerja.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's own tables that its schema lacks for the way this application uses them. Flyway runs
 * before the engine creates its tables, so these are created here, once the engine has created or updated its
 * schema, on every start and idempotently ({@code if not exists}), by every node of a cluster.
 *
 * <ul>
 *   <li>{@code ACT_RU_TASK(PARENT_TASK_ID_)}: every task completion looks for sub-tasks of the task; without the index
 *   that reads the whole table of open tasks, so completions slow down as open tasks grow.</li>
 *   <li>{@code ACT_HI_TASKINST(PROC_INST_ID_, DELETE_REASON_, END_TIME_, DUE_DATE_)}: the dashboard's on-time rate
 *   of a quarter looks up the completed tasks of each of the quarter's process instances; with only the engine's
 *   index on {@code PROC_INST_ID_} PostgreSQL prefers reading the whole task history (half of the city view's time
 *   at 8 quarters, growing with every quarter kept), with this one it reads the index alone
 *   (docs/dashboard-benchmark.md).</li>
 * </ul>
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  static final List<String> STATEMENTS = List.of(
      "create index if not exists KINERJA_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)",
      "create index if not exists KINERJA_IDX_HI_TASK_DONE on ACT_HI_TASKINST "
          + "(PROC_INST_ID_, DELETE_REASON_, END_TIME_, DUE_DATE_)");

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    DataSource dataSource = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getDataSource();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : STATEMENTS) {
        statement.execute(sql);
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      // a node starting at the same moment may create the same index; the engine works without it, only slower
      log.warn("Could not create the engine's additional indexes: {}", e.getMessage());
    }
  }
}
