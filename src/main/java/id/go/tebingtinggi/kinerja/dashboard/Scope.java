package id.go.tebingtinggi.kinerja.dashboard;

import java.util.List;
import java.util.Set;

/**
 * What a caller may see: the whole city (BKPSDM, administrators), the units they head (kepala dinas), or their
 * team of direct reports (atasan). Checked on the server for every request.
 */
public record Scope(Kind kind, String label, Set<Long> unitIds, Set<Long> employeeIds) {

  public enum Kind { KOTA, UNIT, TIM }

  public static Scope city() {
    return new Scope(Kind.KOTA, "Kota Tebing Tinggi", Set.of(), Set.of());
  }

  public boolean coversUnit(Long unitId) {
    return kind == Kind.KOTA || unitIds.contains(unitId);
  }

  public boolean coversEmployee(Long employeeId, Long unitId) {
    return kind == Kind.KOTA || unitIds.contains(unitId) || employeeIds.contains(employeeId);
  }

  /** The SQL condition on an employee alias {@code e}, with its parameters named {@code scopeUnits}/{@code scopeEmployees}. */
  String sqlCondition() {
    return switch (kind) {
      case KOTA -> "1 = 1";
      case UNIT -> "e.unit_id in (:scopeUnits)";
      case TIM -> "e.id in (:scopeEmployees)";
    };
  }

  List<Long> unitParameter() {
    return unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds);
  }

  List<Long> employeeParameter() {
    return employeeIds.isEmpty() ? List.of(-1L) : List.copyOf(employeeIds);
  }
}
