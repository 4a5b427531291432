package id.go.tebingtinggi.kinerja.organisation.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a roster CSV: UTF-8 (a byte-order mark is ignored), separated by {@code ;} or {@code ,} (whichever the
 * header uses), fields optionally in double quotes. The header names the columns in any order.
 */
final class RosterCsvParser {

  static final List<String> REQUIRED_COLUMNS =
      List.of("nip", "nama", "jabatan", "jenis_jabatan", "kode_unit", "nip_atasan");
  static final String LOGIN_COLUMN = "login";
  static final int MAX_FIELD_LENGTH = 200;

  private RosterCsvParser() {
  }

  static List<RosterRow> parse(String content) {
    if (content == null || content.isBlank()) {
      throw new RosterRejected(List.of(new RosterProblem(1, "berkas kosong: baris judul kolom tidak ditemukan")));
    }
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    String[] lines = text.split("\r\n|\n|\r", -1);
    char separator = detectSeparator(lines[0]);
    List<RosterProblem> problems = new ArrayList<>();
    Map<String, Integer> columns = readHeader(lines[0], separator, problems);
    if (!problems.isEmpty()) {
      throw new RosterRejected(problems);
    }
    List<RosterRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int lineNumber = i + 1;
      if (lines[i].isBlank()) {
        continue;
      }
      List<String> fields;
      try {
        fields = split(lines[i], separator);
      } catch (IllegalArgumentException e) {
        problems.add(new RosterProblem(lineNumber, e.getMessage()));
        continue;
      }
      if (fields.size() != columns.size()) {
        problems.add(new RosterProblem(lineNumber, "jumlah kolom " + fields.size() + ", seharusnya " + columns.size()));
        continue;
      }
      rows.add(new RosterRow(lineNumber,
          field(fields, columns, "nip"), field(fields, columns, "nama"), field(fields, columns, "jabatan"),
          field(fields, columns, "jenis_jabatan"), field(fields, columns, "kode_unit"),
          field(fields, columns, "nip_atasan"), field(fields, columns, LOGIN_COLUMN)));
    }
    if (!problems.isEmpty()) {
      throw new RosterRejected(problems);
    }
    if (rows.isEmpty()) {
      throw new RosterRejected(List.of(new RosterProblem(2, "berkas tidak berisi data pegawai")));
    }
    return rows;
  }

  private static char detectSeparator(String header) {
    return header.indexOf(';') >= 0 ? ';' : ',';
  }

  private static Map<String, Integer> readHeader(String header, char separator, List<RosterProblem> problems) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> names;
    try {
      names = split(header, separator);
    } catch (IllegalArgumentException e) {
      problems.add(new RosterProblem(1, e.getMessage()));
      return columns;
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).toLowerCase(Locale.ROOT);
      if (!REQUIRED_COLUMNS.contains(name) && !LOGIN_COLUMN.equals(name)) {
        problems.add(new RosterProblem(1, "kolom '" + abbreviate(name) + "' tidak dikenal"));
      } else if (columns.put(name, i) != null) {
        problems.add(new RosterProblem(1, "kolom '" + name + "' muncul lebih dari sekali"));
      }
    }
    for (String required : REQUIRED_COLUMNS) {
      if (!columns.containsKey(required)) {
        problems.add(new RosterProblem(1, "kolom wajib '" + required + "' tidak ada"));
      }
    }
    return columns;
  }

  private static String field(List<String> fields, Map<String, Integer> columns, String name) {
    Integer index = columns.get(name);
    return index == null ? "" : fields.get(index);
  }

  static List<String> split(String line, char separator) {
    List<String> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          current.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          current.append(c);
        }
      } else if (c == '"' && current.toString().isBlank() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        current.setLength(0);
      } else if (c == separator) {
        fields.add(current.toString().strip());
        current.setLength(0);
        wasQuoted = false;
      } else {
        current.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("tanda kutip (\") tidak ditutup");
    }
    fields.add(current.toString().strip());
    return fields;
  }

  static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
