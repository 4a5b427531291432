package id.go.tebingtinggi.kinerja.benchmark;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Space taken per table, with indexes: PostgreSQL's pg_total_relation_size, H2's DISK_SPACE_USED. Grouped into the
 * engine's runtime tables (ACT_RU_*), its history (ACT_HI_*), the rest of the engine (repository, identity, byte
 * arrays: ACT_GE_*, ACT_RE_*, ACT_ID_*) and the application's own tables.
 */
final class DatabaseSize {

  private DatabaseSize() {
  }

  static Map<String, Long> tables(JdbcTemplate jdbc) {
    String product = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    Map<String, Long> sizes = new TreeMap<>();
    if (product.toLowerCase(Locale.ROOT).contains("postgres")) {
      jdbc.query("select c.relname, pg_total_relation_size(c.oid) from pg_class c "
              + "join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname = current_schema()",
          row -> {
            sizes.put(row.getString(1).toUpperCase(Locale.ROOT), row.getLong(2));
          });
    } else {
      List<String> names = jdbc.queryForList("select table_name from information_schema.tables "
          + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'", String.class);
      for (String name : names) {
        sizes.put(name, jdbc.queryForObject("select disk_space_used(?)", Long.class, "\"" + name + "\""));
      }
    }
    return sizes;
  }

  static String group(String table) {
    if (table.startsWith("ACT_RU_")) {
      return "runtime";
    }
    if (table.startsWith("ACT_HI_")) {
      return "history";
    }
    if (table.startsWith("ACT_")) {
      return "engineOther";
    }
    if (table.startsWith("FLYWAY")) {
      return "migrations";
    }
    return "domain";
  }

  /** Bytes per group, per employee-quarter, and the ten largest tables. */
  static Map<String, Object> summary(Map<String, Long> tables, int employeeQuarters) {
    Map<String, Long> groups = new LinkedHashMap<>();
    for (String group : List.of("runtime", "history", "engineOther", "domain", "migrations")) {
      groups.put(group, 0L);
    }
    tables.forEach((table, bytes) -> groups.merge(group(table), bytes, Long::sum));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("bytes", groups);
    Map<String, Long> perEmployeeQuarter = new LinkedHashMap<>();
    groups.forEach((group, bytes) -> perEmployeeQuarter.put(group, bytes / Math.max(1, employeeQuarters)));
    summary.put("bytesPerEmployeeQuarter", perEmployeeQuarter);
    Map<String, Long> largest = new LinkedHashMap<>();
    tables.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(10)
        .forEach(entry -> largest.put(entry.getKey(), entry.getValue()));
    summary.put("largestTables", largest);
    return summary;
  }
}
