package id.go.tebingtinggi.kinerja.dashboard.benchmark;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Counts the SQL statements the application's own code sends: those Hibernate prepares (its statistics, switched on
 * while the counter is installed) and those of the application's {@link JdbcTemplate} (whose data source is wrapped
 * while the counter is installed; the wrapper takes part in the running transaction like the original). One
 * statement is one prepared or plain statement created, that is one round trip per query. The engine's own SQL
 * (MyBatis, e.g. the password check of an HTTP basic login) is not counted: it is not the dashboard's.
 *
 * <p>Installed on a running context and removed again by {@link #close()}, so a test can use it inside the shared
 * test context.
 */
public final class StatementCounter implements AutoCloseable {

  private static final Set<String> CREATES_STATEMENT = Set.of("prepareStatement", "createStatement", "prepareCall");

  private final Statistics statistics;
  private final boolean statisticsWereEnabled;
  private final JdbcTemplate jdbcTemplate;
  private final DataSource original;
  private final AtomicLong jdbcStatements = new AtomicLong();

  private StatementCounter(ApplicationContext context) {
    statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
    statisticsWereEnabled = statistics.isStatisticsEnabled();
    statistics.setStatisticsEnabled(true);
    jdbcTemplate = context.getBean(JdbcTemplate.class);
    original = jdbcTemplate.getDataSource();
    jdbcTemplate.setDataSource(new CountingDataSource(new TransactionAwareDataSourceProxy(original)));
  }

  public static StatementCounter install(ApplicationContext context) {
    return new StatementCounter(context);
  }

  /** Statements sent since the counter was installed. */
  public long count() {
    return statistics.getPrepareStatementCount() + jdbcStatements.get();
  }

  /** A result and the number of statements it took. */
  public record Counted<T>(T value, long statements) {
  }

  /** Runs {@code work} and counts its statements (nothing else may run meanwhile: the counts are global). */
  public <T> Counted<T> count(Supplier<T> work) {
    long before = count();
    T value = work.get();
    return new Counted<>(value, count() - before);
  }

  @Override
  public void close() {
    jdbcTemplate.setDataSource(original);
    statistics.setStatisticsEnabled(statisticsWereEnabled);
  }

  private final class CountingDataSource extends DelegatingDataSource {

    CountingDataSource(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return counting(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return counting(super.getConnection(username, password));
    }

    private Connection counting(Connection connection) {
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, arguments) -> {
            if (CREATES_STATEMENT.contains(method.getName())) {
              jdbcStatements.incrementAndGet();
            }
            try {
              return method.invoke(connection, arguments);
            } catch (InvocationTargetException e) {
              throw e.getTargetException();
            }
          });
    }
  }
}
