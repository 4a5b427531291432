package id.go.tebingtinggi.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.organisation.EmployeeRepository;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import id.go.tebingtinggi.kinerja.support.PostgresIntegrationTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApplicationStartsTest {

  @Nested
  @IntegrationTest
  class OnH2 {
    @Autowired DataSource dataSource;
    @Autowired EmployeeRepository employees;

    @Test
    void migratesAndLoadsTheDemoRoster() throws Exception {
      try (var connection = dataSource.getConnection()) {
        assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
      }
      assertThat(employees.count()).isEqualTo(58);
    }
  }

  @Nested
  @PostgresIntegrationTest
  class OnPostgres {
    @Autowired DataSource dataSource;
    @Autowired EmployeeRepository employees;

    @Test
    void migratesAndLoadsTheDemoRoster() throws Exception {
      try (var connection = dataSource.getConnection()) {
        assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      }
      assertThat(employees.count()).isEqualTo(58);
    }
  }
}
