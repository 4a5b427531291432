package id.go.tebingtinggi.kinerja.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database server's own limit: pgbench's simple-update mode ({@code -N}) with as many clients as the benchmark has
 * workers, against a scratch database on the same server, initialised with {@code pgbench -i} and dropped afterwards.
 */
final class PgBench {

  static final String SCRATCH_DATABASE = "kinerja_pgbench_scratch";
  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

  record Server(String host, int port, String user, String password) {

    static Server of(String jdbcUrl, String user, String password) {
      URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
      return new Server(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password == null ? "" : password);
    }

    String jdbcUrl(String database) {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
  }

  private PgBench() {
  }

  static Map<String, Object> run(Server server, int clients, int seconds) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("mode", "simple-update (-N)");
    result.put("clients", clients);
    result.put("seconds", seconds);
    try {
      recreateScratch(server, true);
      exec(server, List.of("pgbench", "-i", "-q", SCRATCH_DATABASE));
      String output = exec(server, List.of("pgbench", "-N", "-c", String.valueOf(clients), "-j",
          String.valueOf(clients), "-T", String.valueOf(seconds), SCRATCH_DATABASE));
      Matcher tps = TPS.matcher(output);
      if (!tps.find()) {
        throw new IllegalStateException("no tps in pgbench output:\n" + output);
      }
      result.put("tps", Double.parseDouble(tps.group(1)));
    } catch (IOException e) {
      result.put("error", "pgbench could not run: " + e.getMessage());
    } finally {
      recreateScratch(server, false);
    }
    return result;
  }

  private static void recreateScratch(Server server, boolean create) {
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(),
        server.password()); Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + SCRATCH_DATABASE);
      if (create) {
        statement.execute("create database " + SCRATCH_DATABASE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not prepare the pgbench scratch database: " + e.getMessage(), e);
    }
  }

  private static String exec(Server server, List<String> command) throws IOException {
    List<String> full = new ArrayList<>(command.subList(0, 1));
    full.addAll(List.of("-h", server.host(), "-p", String.valueOf(server.port()), "-U", server.user()));
    full.addAll(command.subList(1, command.size()));
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", server.password());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new IOException(String.join(" ", full) + " exited with " + process.exitValue() + ":\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return output;
  }
}
