package id.go.tebingtinggi.kinerja.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
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
 *   <li>{@code ACT_RU_AUTHORIZATION(USER_ID_)}: every query with authorization on (Tasklist's task list above all)
 *   joins the authorizations of the current user and of the user's groups. The engine indexes the user only behind
 *   {@code TYPE_} in its unique constraint, and the query asks for {@code TYPE_ < 2}, so PostgreSQL read every
 *   grant in the table: one per open task, since the engine grants each assignee their task. With this index it
 *   reads the user's rows and the groups' rows alone (docs/benchmark.md: the task list at 100,000 open tasks).</li>
 * </ul>
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  static final List<String> STATEMENTS = List.of(
      "create index if not exists KINERJA_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)",
      "create index if not exists KINERJA_IDX_HI_TASK_DONE on ACT_HI_TASKINST "
          + "(PROC_INST_ID_, DELETE_REASON_, END_TIME_, DUE_DATE_)",
      "create index if not exists KINERJA_IDX_AUTH_USER on ACT_RU_AUTHORIZATION (USER_ID_)");

  /**
   * PostgreSQL (14 and later) only: statistics on the permission bits that authorized queries test
   * ({@code PERMS_ & 2} for READ, {@code PERMS_ & 64} for READ_TASK). Without them the planner guesses that 0.5 %
   * of the current user's grants pass the test, expects a single row and rereads the user's tasks once per grant;
   * with them it reads the user's tasks once (docs/benchmark.md).
   */
  static final List<String> POSTGRES_STATEMENTS = List.of(
      "create statistics if not exists KINERJA_STAT_AUTH_READ on ((PERMS_ & 2)) from ACT_RU_AUTHORIZATION",
      "create statistics if not exists KINERJA_STAT_AUTH_READ_TASK on ((PERMS_ & 64)) from ACT_RU_AUTHORIZATION");

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    DataSource dataSource = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getDataSource();
    try (Connection connection = dataSource.getConnection()) {
      boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
      List<String> statements = postgres
          ? Stream.concat(STATEMENTS.stream(), POSTGRES_STATEMENTS.stream()).toList()
          : STATEMENTS;
      for (String sql : statements) {
        execute(connection, sql);
      }
    } catch (SQLException e) {
      log.warn("Could not create the engine's additional indexes: {}", e.getMessage());
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      // a node starting at the same moment may create the same index, or an older PostgreSQL may not know
      // statistics on expressions; the engine works without them, only slower
      log.warn("Could not run \"{}\": {}", sql, e.getMessage());
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
    }
  }
}
