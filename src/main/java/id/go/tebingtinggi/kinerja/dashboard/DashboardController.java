package id.go.tebingtinggi.kinerja.dashboard;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.review.Period;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's data, its drill-down and its CSV export, each request scoped to the caller on the server. */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  private final DashboardService dashboard;
  private final ScopeResolver scopes;

  DashboardController(DashboardService dashboard, ScopeResolver scopes) {
    this.dashboard = dashboard;
    this.scopes = scopes;
  }

  @GetMapping
  DashboardView view(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
                     Authentication caller) {
    return dashboard.dashboard(scope(caller), period(year, quarter));
  }

  @GetMapping("/units/{unitCode}/employees")
  List<DashboardService.EmployeeRow> unit(@PathVariable String unitCode, @RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) Integer quarter, Authentication caller) {
    return dashboard.unitEmployees(scope(caller), unitCode, period(year, quarter));
  }

  @GetMapping("/employees/{nip}")
  EmployeeHistory employee(@PathVariable String nip, Authentication caller) {
    return dashboard.employeeHistory(scope(caller), nip);
  }

  /** The current view as CSV that opens correctly in a spreadsheet: UTF-8 with BOM, {@code ;} separated. */
  @GetMapping(value = "/export.csv", produces = "text/csv")
  ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
                                @RequestParam(required = false) Integer quarter, Authentication caller) {
    Period period = period(year, quarter);
    DashboardView view = dashboard.dashboard(scope(caller), period);
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append("Kode unit;Unit;Jumlah penilaian");
    for (Stage stage : Stage.values()) {
      csv.append(';').append(stage.label());
    }
    csv.append(";Sangat Baik;Baik;Butuh Perbaikan;Kurang;Sangat Kurang;Penghargaan;Pembinaan;Tepat waktu (%)\r\n");
    List<DashboardView.UnitRow> rows = new java.util.ArrayList<>(view.units());
    rows.add(view.total());
    NumberFormat percent = NumberFormat.getNumberInstance(INDONESIAN);
    percent.setMaximumFractionDigits(1);
    for (DashboardView.UnitRow row : rows) {
      csv.append(cell(row.unitCode())).append(';').append(cell(row.unitName())).append(';').append(row.reviews());
      for (Stage stage : Stage.values()) {
        csv.append(';').append(row.stages().getOrDefault(stage, 0L));
      }
      for (String predikat : List.of("SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG")) {
        csv.append(';').append(row.predikat().getOrDefault(predikat, 0L));
      }
      csv.append(';').append(row.awards()).append(';').append(row.coaching()).append(';')
          .append(row.onTimeRate() == null ? "" : percent.format(row.onTimeRate())).append("\r\n");
    }
    String file = "kinerja-" + period.year() + "-Q" + period.quarter() + ".csv";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private Scope scope(Authentication caller) {
    List<String> roles = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).toList();
    return scopes.resolve(caller.getName(), roles);
  }

  static Period period(Integer year, Integer quarter) {
    if (year == null && quarter == null) {
      LocalDate today = LocalDate.now(id.go.tebingtinggi.kinerja.review.ReviewCalendar.ZONE);
      return new Period(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
    }
    if (year == null || quarter == null) {
      throw new DomainRuleViolation("Pilih tahun dan triwulan sekaligus");
    }
    return new Period(year, quarter);
  }
}
