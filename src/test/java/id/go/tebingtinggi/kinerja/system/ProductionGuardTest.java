package id.go.tebingtinggi.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.go.tebingtinggi.kinerja.KinerjaApplication;
import id.go.tebingtinggi.kinerja.support.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/** The postgres profile refuses to run with a missing or well-known administrator password. */
class ProductionGuardTest {

  private static final String STRONG = "Kinerja-TebingTinggi-2025!";

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void refusesAMissingPassword(String password) {
    assertThatThrownBy(() -> ProductionGuard.check(password))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("ADMIN_PASSWORD is not set");
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "Admin", "demo", "DEMO", "password", "camunda", "changeme", "Kinerja-1"})
  void refusesADemoOrShortPassword(String password) {
    assertThatThrownBy(() -> ProductionGuard.check(password))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("ADMIN_PASSWORD is a demo or too short password");
  }

  @Test
  void acceptsALongPassword() {
    assertThatCode(() -> ProductionGuard.check(STRONG)).doesNotThrowAnyException();
    assertThatCode(() -> ProductionGuard.check("0123456789")).as("ten characters").doesNotThrowAnyException();
  }

  @Test
  void thePostgresProfileStartsOnlyWithAGoodPasswordAndWithoutDemoData() throws SQLException {
    String url = EmbeddedPostgres.newDatabase();

    Throwable missing = catchThrowable(() -> start(url, ""));
    assertThat(NestedExceptionUtils.getMostSpecificCause(missing))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("ADMIN_PASSWORD is not set");
    Throwable demo = catchThrowable(() -> start(url, "admin"));
    assertThat(NestedExceptionUtils.getMostSpecificCause(demo))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("ADMIN_PASSWORD is a demo");
    assertThat(adminUsers(url)).as("a refused start leaves no administrator with the refused password").isZero();

    try (ConfigurableApplicationContext context = start(url, STRONG)) {
      IdentityService identity = context.getBean(IdentityService.class);
      assertThat(identity.checkPassword("admin", STRONG)).isTrue();
      assertThat(identity.checkPassword("admin", "admin")).isFalse();
      assertThat(identity.createUserQuery().count()).as("no demo users").isOne();
      assertThat(context.getBean(JdbcTemplate.class).queryForObject("select count(*) from employee", Integer.class))
          .as("no demo roster").isZero();
    }
  }

  private static ConfigurableApplicationContext start(String url, String adminPassword) {
    // command-line arguments win over any DB_* or ADMIN_PASSWORD in the environment of the build; an engine name
    // of its own, so that closing this context leaves the shared test contexts' engines registered
    return new SpringApplicationBuilder(KinerjaApplication.class)
        .profiles("postgres")
        .run("--DB_URL=" + url, "--DB_USER=postgres", "--DB_PASSWORD=", "--ADMIN_PASSWORD=" + adminPassword,
            "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
            "--camunda.bpm.process-engine-name=production-guard");
  }

  private static int adminUsers(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
         ResultSet tables = connection.getMetaData().getTables(null, null, "act_id_user", null)) {
      if (!tables.next()) {
        return 0;
      }
      try (ResultSet count = connection.createStatement().executeQuery("select count(*) from act_id_user")) {
        count.next();
        return count.getInt(1);
      }
    }
  }
}
