package id.go.tebingtinggi.kinerja.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * The printable quarterly report of one unit: its figures (with the distribution against its guide), and every
 * employee reviewed in the quarter with predikat and decision. {@code figures} is {@code null} when nobody in the
 * unit was reviewed that quarter.
 */
public record UnitReport(String unitCode, String unitName, String headName, String headPosition, int year,
                         int quarter, String periodLabel, DashboardView.UnitRow figures, List<Line> employees,
                         Instant generatedAt) {

  /** One employee's review of the quarter. */
  public record Line(String nip, String name, String position, String status, String predikat,
                     String recommended, String decided) {
  }
}
