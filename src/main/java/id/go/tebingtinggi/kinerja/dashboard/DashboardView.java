package id.go.tebingtinggi.kinerja.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The dashboard of one quarter within the caller's scope. */
public record DashboardView(String scopeKind, String scopeLabel, int year, int quarter, String periodLabel,
                            List<UnitRow> units, UnitRow total, List<Overdue> overdue, List<TrendPoint> trend) {

  /**
   * One unit (or the total): reviews per stage, predikat counts, awards, coaching, on-time completion, and the
   * distribution guide of the unit's result once a meeting has set it ({@code null} until then, and for the total).
   */
  public record UnitRow(String unitCode, String unitName, long reviews, Map<Stage, Long> stages,
                        Map<String, Long> predikat, long awards, long coaching, long tasksCompleted,
                        long tasksOnTime, Double onTimeRate, Guide guide) {
  }

  /**
   * The unit's result (predikat kinerja organisasi) as its latest evaluation meeting of the quarter set it, what its
   * distribution guide (kurva) allows, every way the unit's predikat fall outside it (empty when they fit), and the
   * meeting's justification for keeping a distribution outside the guide.
   */
  public record Guide(String unitResult, String unitResultLabel, LocalDate meetingDate, String description,
                      List<String> deviations, String justification) {
  }

  /** A task past its due date. */
  public record Overdue(String taskName, String assignee, String assigneeName, String employeeName, String unitName,
                        Instant dueDate, long daysLate, String processInstanceId) {
  }

  /** Predikat counts of one quarter, for the trend. */
  public record TrendPoint(int year, int quarter, String label, Map<String, Long> predikat) {
  }
}
