package id.go.tebingtinggi.kinerja.dashboard;

import id.go.tebingtinggi.kinerja.common.NotFound;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.organisation.EmployeeRepository;
import id.go.tebingtinggi.kinerja.organisation.Unit;
import id.go.tebingtinggi.kinerja.organisation.UnitRepository;
import id.go.tebingtinggi.kinerja.review.Period;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard and its drill-down, always within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

  private final DashboardQueries queries;
  private final UnitRepository units;
  private final EmployeeRepository employees;
  private final Clock clock;

  DashboardService(DashboardQueries queries, UnitRepository units, EmployeeRepository employees, Clock clock) {
    this.queries = queries;
    this.units = units;
    this.employees = employees;
    this.clock = clock;
  }

  public DashboardView dashboard(Scope scope, Period period) {
    List<DashboardView.UnitRow> rows = queries.units(scope, period);
    return new DashboardView(scope.kind().name(), scope.label(), period.year(), period.quarter(), period.label(), rows,
        total(rows), queries.overdue(scope, period, clock.instant()), queries.trend(scope, period));
  }

  private static DashboardView.UnitRow total(List<DashboardView.UnitRow> rows) {
    Map<Stage, Long> stages = new EnumMap<>(Stage.class);
    Map<String, Long> predikat = new TreeMap<>();
    long reviewCount = 0;
    long awards = 0;
    long coaching = 0;
    long completed = 0;
    long onTime = 0;
    for (DashboardView.UnitRow row : rows) {
      row.stages().forEach((stage, n) -> stages.merge(stage, n, Long::sum));
      row.predikat().forEach((p, n) -> predikat.merge(p, n, Long::sum));
      reviewCount += row.reviews();
      awards += row.awards();
      coaching += row.coaching();
      completed += row.tasksCompleted();
      onTime += row.tasksOnTime();
    }
    return new DashboardView.UnitRow(null, "Jumlah", reviewCount, stages, predikat, awards, coaching, completed, onTime,
        completed == 0 ? null : 100.0 * onTime / completed, null);
  }

  /** The employees of a unit in the scope, with their review of the quarter (if any). */
  public List<EmployeeRow> unitEmployees(Scope scope, String unitCode, Period period) {
    Unit unit = units.findByCode(unitCode).orElseThrow(() -> new NotFound("Unit " + unitCode + " tidak ditemukan"));
    if (scope.kind() != Scope.Kind.TIM && !scope.coversUnit(unit.getId())) {
      throw new NotFound("Unit " + unitCode + " tidak ditemukan dalam cakupan Anda");
    }
    return queries.unitEmployees(unit.getId(), period).stream()
        .filter(line -> scope.coversEmployee(line.employeeId(), unit.getId()))
        .map(DashboardQueries.EmployeeLine::row)
        .sorted(java.util.Comparator.comparing(EmployeeRow::name))
        .toList();
  }

  /** Every quarter of one employee's record, newest first. */
  public EmployeeHistory employeeHistory(Scope scope, String nip) {
    Employee employee = employees.findByNip(nip).orElseThrow(() -> new NotFound("Pegawai " + nip + " tidak ditemukan"));
    if (!scope.coversEmployee(employee.getId(), employee.getUnit().getId())) {
      throw new NotFound("Pegawai " + nip + " tidak ditemukan dalam cakupan Anda");
    }
    return new EmployeeHistory(employee.getNip().value(), employee.getName(), employee.getPosition(),
        employee.getUnit().getName(), queries.employeeHistory(employee.getId()));
  }

  /**
   * The quarterly report of a unit the caller sees whole: BKPSDM and administrators any unit, a kepala dinas the
   * units they head. An atasan, who sees only a team, gets none.
   */
  public UnitReport unitReport(Scope scope, String unitCode, Period period) {
    Unit unit = units.findByCode(unitCode).orElseThrow(() -> new NotFound("Unit " + unitCode + " tidak ditemukan"));
    if (!scope.coversUnit(unit.getId())) {
      throw new NotFound("Unit " + unitCode + " tidak ditemukan dalam cakupan Anda");
    }
    Scope unitOnly = new Scope(Scope.Kind.UNIT, unit.getName(), Set.of(unit.getId()), Set.of());
    List<DashboardView.UnitRow> figures = queries.units(unitOnly, period);
    Employee head = unit.getHead();
    return new UnitReport(unit.getCode(), unit.getName(), head == null ? null : head.getName(),
        head == null ? null : head.getPosition(), period.year(), period.quarter(), period.label(),
        figures.isEmpty() ? null : figures.get(0), queries.unitReviews(unit.getId(), period), clock.instant());
  }

  public record EmployeeRow(String nip, String name, String position, String status, String predikat,
                            String decision) {
  }
}
