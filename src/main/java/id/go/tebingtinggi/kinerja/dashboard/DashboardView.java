package id.go.tebingtinggi.kinerja.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The dashboard of one quarter within the caller's scope. */
public record DashboardView(String scopeKind, String scopeLabel, int year, int quarter, String periodLabel,
                            List<UnitRow> units, UnitRow total, List<Overdue> overdue, List<TrendPoint> trend) {

  /** One unit (or the total): reviews per stage, predikat counts, awards, coaching, on-time completion. */
  public record UnitRow(String unitCode, String unitName, long reviews, Map<Stage, Long> stages,
                        Map<String, Long> predikat, long awards, long coaching, long tasksCompleted,
                        long tasksOnTime, Double onTimeRate) {
  }

  /** A task past its due date. */
  public record Overdue(String taskName, String assignee, String assigneeName, String employeeName, String unitName,
                        Instant dueDate, long daysLate, String processInstanceId) {
  }

  /** Predikat counts of one quarter, for the trend. */
  public record TrendPoint(int year, int quarter, String label, Map<String, Long> predikat) {
  }
}
