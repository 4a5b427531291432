package id.go.tebingtinggi.kinerja.support;

import id.go.tebingtinggi.kinerja.organisation.roster.RosterImportService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo roster that every shared test context starts with ({@code demo/roster.csv}), ways to derive other
 * roster files from it, and the way back to it for tests that commit a different roster.
 */
public final class DemoRoster {

  public static final String HEADER = "nip;nama;jabatan;jenis_jabatan;kode_unit;nip_atasan;login";
  public static final int EMPLOYEES = 58;

  private static final String CSV = read();

  private DemoRoster() {
  }

  /** The file exactly as the application loads it. */
  public static String csv() {
    return CSV;
  }

  /** The data lines of the file, without the header; line {@code i} of this list is line {@code i + 2} of the file. */
  public static List<String> rows() {
    List<String> lines = new ArrayList<>(CSV.lines().toList());
    if (!lines.remove(0).equals(HEADER)) {
      throw new IllegalStateException("demo/roster.csv does not start with the expected header " + HEADER);
    }
    return lines;
  }

  /** The file line (1 = header) of the employee with this NIP. */
  public static int lineOf(String nip) {
    List<String> rows = rows();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).startsWith(nip + ";")) {
        return i + 2;
      }
    }
    throw new IllegalArgumentException("NIP " + nip + " is not in the demo roster");
  }

  /** The demo file with the line of {@code nip} rewritten by {@code change} (null removes the line). */
  public static String withRow(String nip, UnaryOperator<String> change) {
    return fileOf(rows().stream()
        .map(row -> row.startsWith(nip + ";") ? change.apply(row) : row)
        .filter(row -> row != null)
        .toList());
  }

  /** The demo file without the employees with these NIPs. */
  public static String without(String... nips) {
    List<String> removed = List.of(nips);
    return fileOf(rows().stream().filter(row -> !removed.contains(row.substring(0, row.indexOf(';')))).toList());
  }

  /** A field of a semicolon-separated demo line replaced; {@code index} counts from 0 in header order. */
  public static String replaceField(String row, int index, String value) {
    String[] fields = row.split(";", -1);
    fields[index] = value;
    return String.join(";", fields);
  }

  public static String fileOf(List<String> rows) {
    return HEADER + "\n" + String.join("\n", rows) + "\n";
  }

  /**
   * Applies the demo roster again and removes the employees (and their Camunda users) that a test added, so
   * the shared context looks as it did at start-up.
   */
  public static void restore(RosterImportService rosterImport, JdbcTemplate jdbc, IdentityService identityService,
                             TransactionTemplate transaction) {
    rosterImport.importCsv(CSV);
    List<String> demoNips = rows().stream().map(row -> row.substring(0, row.indexOf(';'))).toList();
    transaction.executeWithoutResult(status -> {
      for (Map<String, Object> employee : jdbc.queryForList("select id, nip, login_id from employee")) {
        if (!demoNips.contains((String) employee.get("nip"))) {
          jdbc.update("delete from employee where id = ?", employee.get("id"));
          identityService.deleteUser((String) employee.get("login_id"));
        }
      }
    });
  }

  private static String read() {
    try (InputStream in = new ClassPathResource("demo/roster.csv").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
