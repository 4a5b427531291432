package id.go.tebingtinggi.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import id.go.tebingtinggi.kinerja.support.PostgresIntegrationTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The indexes {@link EngineIndexes} adds exist once the application has started, on H2 and on PostgreSQL. */
class EngineIndexesTest {

  @Nested
  @IntegrationTest
  class OnH2 {

    @Autowired DataSource dataSource;

    @Test
    void subTaskLookupOfEveryTaskCompletionHasAnIndex() throws SQLException {
      assertThat(indexedColumns(dataSource, "ACT_RU_TASK")).contains("PARENT_TASK_ID_");
    }

    @Test
    void authorizationsOfTheCurrentUserAreFoundByTheirUserAlone() throws SQLException {
      assertThat(leadingColumns(dataSource, "ACT_RU_AUTHORIZATION")).contains("USER_ID_");
    }
  }

  @Nested
  @PostgresIntegrationTest
  class OnPostgres {

    @Autowired DataSource dataSource;

    @Test
    void subTaskLookupOfEveryTaskCompletionHasAnIndex() throws SQLException {
      assertThat(indexedColumns(dataSource, "act_ru_task")).contains("PARENT_TASK_ID_");
    }

    @Test
    void authorizationsOfTheCurrentUserAreFoundByTheirUserAlone() throws SQLException {
      assertThat(leadingColumns(dataSource, "act_ru_authorization")).contains("USER_ID_");
    }

    @Test
    void permissionBitsOfAuthorizationsHaveStatistics() {
      List<String> statistics = new JdbcTemplate(dataSource).queryForList(
          "select stxname from pg_statistic_ext where stxrelid = 'act_ru_authorization'::regclass", String.class);
      assertThat(statistics).contains("kinerja_stat_auth_read", "kinerja_stat_auth_read_task");
    }
  }

  static List<String> indexedColumns(DataSource dataSource, String table) throws SQLException {
    return columns(dataSource, table, false);
  }

  /** Columns that come first in an index of the table: the ones a lookup by that column alone can use. */
  static List<String> leadingColumns(DataSource dataSource, String table) throws SQLException {
    return columns(dataSource, table, true);
  }

  private static List<String> columns(DataSource dataSource, String table, boolean leadingOnly) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      try (ResultSet indexes = metaData.getIndexInfo(null, null, table, false, false)) {
        while (indexes.next()) {
          if (indexes.getString("COLUMN_NAME") != null && (!leadingOnly || indexes.getShort("ORDINAL_POSITION") == 1)) {
            columns.add(indexes.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
          }
        }
      }
    }
    return columns;
  }
}
