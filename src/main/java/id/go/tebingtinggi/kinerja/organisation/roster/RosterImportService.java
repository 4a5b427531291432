package id.go.tebingtinggi.kinerja.organisation.roster;

import static id.go.tebingtinggi.kinerja.organisation.roster.RosterCsvParser.MAX_FIELD_LENGTH;
import static id.go.tebingtinggi.kinerja.organisation.roster.RosterCsvParser.abbreviate;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.organisation.EmployeeRepository;
import id.go.tebingtinggi.kinerja.organisation.Nip;
import id.go.tebingtinggi.kinerja.organisation.PositionKind;
import id.go.tebingtinggi.kinerja.organisation.RosterApplied;
import id.go.tebingtinggi.kinerja.organisation.Unit;
import id.go.tebingtinggi.kinerja.organisation.UnitRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a roster file: every line is checked first and any bad line refuses the whole file; a good file
 * is applied in one transaction. The file is the whole roster: active employees missing from it are
 * deactivated (never deleted). Each unit's head is the employee whose supervisor is outside the unit.
 */
@Service
public class RosterImportService {

  private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

  private final UnitRepository units;
  private final EmployeeRepository employees;
  private final ApplicationEventPublisher events;

  RosterImportService(UnitRepository units, EmployeeRepository employees, ApplicationEventPublisher events) {
    this.units = units;
    this.employees = employees;
    this.events = events;
  }

  @Transactional
  public RosterImportReport importCsv(String content) {
    List<RosterRow> rows = RosterCsvParser.parse(content);
    Map<String, Unit> unitsByCode = units.findAll().stream().collect(Collectors.toMap(Unit::getCode, Function.identity()));
    Map<String, Employee> existing = employees.findAllWithUnitAndSupervisor().stream()
        .collect(Collectors.toMap(e -> e.getNip().value(), Function.identity()));
    validate(rows, unitsByCode, existing);
    return apply(rows, unitsByCode, existing);
  }

  private void validate(List<RosterRow> rows, Map<String, Unit> unitsByCode, Map<String, Employee> existing) {
    List<RosterProblem> problems = new ArrayList<>();
    Map<String, RosterRow> byNip = new HashMap<>();
    Map<String, RosterRow> byLogin = new HashMap<>();
    Map<String, String> nipByExistingLogin = existing.values().stream()
        .collect(Collectors.toMap(Employee::getLoginId, e -> e.getNip().value()));
    for (RosterRow row : rows) {
      String nipProblem = Nip.problemWith(row.nip());
      if (nipProblem != null) {
        problems.add(new RosterProblem(row.line(), nipProblem));
      } else {
        RosterRow earlier = byNip.putIfAbsent(row.nip(), row);
        if (earlier != null) {
          problems.add(new RosterProblem(row.line(), "NIP " + row.nip() + " ganda (sudah ada di baris " + earlier.line() + ")"));
        }
      }
      checkText(row, "nama", row.name(), problems);
      checkText(row, "jabatan", row.position(), problems);
      try {
        PositionKind.parse(row.positionKind());
      } catch (DomainRuleViolation e) {
        problems.add(new RosterProblem(row.line(), e.getMessage()));
      }
      if (!unitsByCode.containsKey(row.unitCode())) {
        problems.add(new RosterProblem(row.line(), "kode unit '" + abbreviate(row.unitCode()) + "' tidak dikenal"));
      }
      String login = loginOf(row, existing);
      if (!LOGIN.matcher(login).matches()) {
        problems.add(new RosterProblem(row.line(), "login '" + abbreviate(login)
            + "' tidak valid: 3–64 huruf kecil, angka, titik, garis bawah atau tanda hubung"));
      } else {
        RosterRow earlier = byLogin.putIfAbsent(login, row);
        if (earlier != null) {
          problems.add(new RosterProblem(row.line(), "login '" + login + "' ganda (sudah dipakai di baris " + earlier.line() + ")"));
        }
        String owner = nipByExistingLogin.get(login);
        if (owner != null && !owner.equals(row.nip())) {
          problems.add(new RosterProblem(row.line(), "login '" + login + "' sudah dipakai pegawai lain (NIP " + owner + ")"));
        }
      }
    }
    for (RosterRow row : rows) {
      if (row.supervisorNip().isEmpty()) {
        continue;
      }
      if (row.supervisorNip().equals(row.nip())) {
        problems.add(new RosterProblem(row.line(), "pegawai tidak dapat menjadi atasan dirinya sendiri"));
      } else if (!byNip.containsKey(row.supervisorNip())) {
        String nipProblem = Nip.problemWith(row.supervisorNip());
        problems.add(new RosterProblem(row.line(), nipProblem != null
            ? "NIP atasan tidak valid: " + nipProblem
            : "atasan dengan NIP " + row.supervisorNip() + " tidak ada di berkas"));
      } else if (leadsToLoop(row, byNip)) {
        problems.add(new RosterProblem(row.line(),
            "atasan " + row.supervisorNip() + " membentuk lingkaran atasan (rantai atasan kembali ke pegawai ini)"));
      }
    }
    if (problems.isEmpty()) {
      checkUnitHeads(rows, byNip, problems);
    }
    if (!problems.isEmpty()) {
      throw new RosterRejected(problems);
    }
  }

  private static void checkText(RosterRow row, String column, String value, List<RosterProblem> problems) {
    if (value.isEmpty()) {
      problems.add(new RosterProblem(row.line(), column + " wajib diisi"));
    } else if (value.length() > MAX_FIELD_LENGTH) {
      problems.add(new RosterProblem(row.line(), column + " terlalu panjang (" + value.length() + " karakter, maksimal " + MAX_FIELD_LENGTH + ")"));
    } else if (CONTROL_CHARACTERS.matcher(value).find()) {
      problems.add(new RosterProblem(row.line(), column + " mengandung karakter kontrol"));
    }
  }

  /**
   * Whether the chain of supervisors above {@code row} comes back to it. A row that only reports into a loop
   * further up is not on the loop: the loop's own rows are the ones reported.
   */
  private static boolean leadsToLoop(RosterRow row, Map<String, RosterRow> byNip) {
    Set<String> seen = new HashSet<>();
    for (RosterRow above = byNip.get(row.supervisorNip()); above != null && seen.add(above.nip());
         above = byNip.get(above.supervisorNip())) {
      if (above.nip().equals(row.nip())) {
        return true;
      }
    }
    return false;
  }

  /** A unit's head is the one employee of the unit whose supervisor is outside it; a tie goes to a struktural post. */
  private static void checkUnitHeads(List<RosterRow> rows, Map<String, RosterRow> byNip, List<RosterProblem> problems) {
    Map<String, List<RosterRow>> candidates = headCandidates(rows, byNip);
    candidates.forEach((unitCode, heads) -> {
      if (heads.size() > 1) {
        problems.add(new RosterProblem(heads.get(1).line(), "unit " + unitCode + " memiliki lebih dari satu pimpinan: "
            + heads.stream().map(RosterRow::nip).collect(Collectors.joining(", "))
            + " (pimpinan unit adalah pejabat struktural yang atasannya di luar unit)"));
      }
    });
  }

  private static Map<String, List<RosterRow>> headCandidates(List<RosterRow> rows, Map<String, RosterRow> byNip) {
    Map<String, List<RosterRow>> topOfUnit = new LinkedHashMap<>();
    for (RosterRow row : rows) {
      RosterRow supervisor = byNip.get(row.supervisorNip());
      if (supervisor == null || !supervisor.unitCode().equals(row.unitCode())) {
        topOfUnit.computeIfAbsent(row.unitCode(), k -> new ArrayList<>()).add(row);
      }
    }
    topOfUnit.replaceAll((unit, top) -> {
      List<RosterRow> structural = top.stream()
          .filter(r -> PositionKind.parse(r.positionKind()) == PositionKind.STRUKTURAL).toList();
      return structural.isEmpty() ? top : structural;
    });
    return topOfUnit;
  }

  private RosterImportReport apply(List<RosterRow> rows, Map<String, Unit> unitsByCode, Map<String, Employee> existing) {
    Map<String, RosterRow> byNip = rows.stream().collect(Collectors.toMap(RosterRow::nip, Function.identity()));
    Set<String> changed = new HashSet<>();
    int created = 0;
    Map<String, Employee> inFile = new HashMap<>();
    for (RosterRow row : rows) {
      Unit unit = unitsByCode.get(row.unitCode());
      PositionKind kind = PositionKind.parse(row.positionKind());
      Employee employee = existing.get(row.nip());
      if (employee == null) {
        employee = employees.save(new Employee(Nip.of(row.nip()), row.name(), row.position(), kind, unit, loginOf(row, existing)));
        created++;
      } else {
        boolean profileChanged = employee.updateProfile(row.name(), row.position(), kind, unit);
        boolean reactivated = employee.reactivate();
        if (profileChanged || reactivated) {
          changed.add(row.nip());
        }
      }
      inFile.put(row.nip(), employee);
    }
    for (RosterRow row : supervisorsFirst(rows, byNip)) {
      Employee supervisor = row.supervisorNip().isEmpty() ? null : inFile.get(row.supervisorNip());
      if (inFile.get(row.nip()).assignSupervisor(supervisor) && existing.containsKey(row.nip())) {
        changed.add(row.nip());
      }
    }
    int deactivated = 0;
    for (Employee employee : existing.values()) {
      if (!inFile.containsKey(employee.getNip().value()) && employee.deactivate()) {
        deactivated++;
      }
    }
    Map<String, List<RosterRow>> heads = headCandidates(rows, byNip);
    for (Unit unit : unitsByCode.values()) {
      List<RosterRow> candidates = heads.get(unit.getCode());
      Employee head = candidates == null ? null : inFile.get(candidates.get(0).nip());
      if (head == null) {
        unit.vacateHead();
      } else if (unit.getHead() != head) {
        head.appointAsHeadOf(unit);
      }
    }
    employees.flush();
    RosterImportReport report = new RosterImportReport(rows.size(), created, changed.size(), deactivated,
        rows.size() - created - changed.size());
    events.publishEvent(new RosterApplied(report.changedAnything()));
    return report;
  }

  /** Orders rows so that every supervisor comes before the people reporting to them. */
  private static List<RosterRow> supervisorsFirst(List<RosterRow> rows, Map<String, RosterRow> byNip) {
    List<RosterRow> ordered = new ArrayList<>(rows.size());
    Set<String> placed = new HashSet<>();
    for (RosterRow row : rows) {
      placeAfterSupervisors(row, byNip, placed, ordered);
    }
    return ordered;
  }

  private static void placeAfterSupervisors(RosterRow row, Map<String, RosterRow> byNip, Set<String> placed, List<RosterRow> ordered) {
    List<RosterRow> chain = new ArrayList<>();
    for (RosterRow r = row; r != null && !placed.contains(r.nip()); r = byNip.get(r.supervisorNip())) {
      chain.add(r);
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      placed.add(chain.get(i).nip());
      ordered.add(chain.get(i));
    }
  }

  private static String loginOf(RosterRow row, Map<String, Employee> existing) {
    if (!row.login().isEmpty()) {
      return row.login();
    }
    Employee known = existing.get(row.nip());
    return known != null ? known.getLoginId() : row.nip();
  }
}
