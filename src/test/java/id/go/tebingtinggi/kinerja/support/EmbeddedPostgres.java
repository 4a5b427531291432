package id.go.tebingtinggi.kinerja.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One embedded PostgreSQL server for the whole test run (zonky's binaries from Maven Central); every Spring
 * context that asks gets a database of its own on it.
 */
public final class EmbeddedPostgres {

  /** The name of the process engine of every PostgreSQL context; the H2 contexts keep "default". */
  public static final String ENGINE_NAME = "postgres";

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
  private static final AtomicInteger databases = new AtomicInteger();

  private EmbeddedPostgres() {
  }

  public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }
    return server;
  }

  /** Creates an empty database and returns its JDBC URL. */
  public static String newDatabase() {
    String name = "kinerja_test_" + databases.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + name, e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  /** Points the Spring context at a fresh database on the embedded server. */
  public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of(
          "spring.datasource.url=" + newDatabase(),
          "spring.datasource.username=postgres",
          "spring.datasource.password=",
          // Camunda's webapps and engine REST API find their engine by name in a JVM-wide registry: with two
          // engines named "default", the H2 context's HTTP requests would reach the engine registered last
          "camunda.bpm.process-engine-name=" + ENGINE_NAME,
          // the server's own shutdown hook may stop it before Spring closes the engine: fail fast then
          "spring.datasource.hikari.connection-timeout=3000").applyTo(context.getEnvironment());
    }
  }
}
