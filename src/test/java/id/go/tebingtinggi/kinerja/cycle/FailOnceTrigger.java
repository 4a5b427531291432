package id.go.tebingtinggi.kinerja.cycle;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.api.Trigger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes one write of one row fail once, inside the database, so the transaction of whatever step wrote it rolls
 * back as after a real failure (a lost connection, a deadlock). Test-only: the trigger exists in the test's H2
 * database only between {@link #install} and {@link #remove}; the application has no switch for it.
 */
public final class FailOnceTrigger implements Trigger {

  private static final AtomicReference<Long> ROW_TO_FAIL = new AtomicReference<>();

  /** Fails the next update of the row with this id in {@code table} (its first column is the id), once. */
  public static void install(JdbcTemplate jdbc, String table, long rowId) {
    ROW_TO_FAIL.set(rowId);
    jdbc.execute("create trigger " + name(table) + " before update on " + table + " for each row call '"
        + FailOnceTrigger.class.getName() + "'");
  }

  public static boolean fired() {
    return ROW_TO_FAIL.get() == null;
  }

  public static void remove(JdbcTemplate jdbc, String table) {
    ROW_TO_FAIL.set(null);
    jdbc.execute("drop trigger if exists " + name(table));
  }

  private static String name(String table) {
    return "test_fail_once_" + table;
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    Long id = newRow == null ? null : ((Number) newRow[0]).longValue();
    if (id != null && ROW_TO_FAIL.compareAndSet(id, null)) {
      throw new SQLException("simulated failure of the write of row " + id + " (test)");
    }
  }
}
