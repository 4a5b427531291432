package id.go.tebingtinggi.kinerja.dashboard;

import id.go.tebingtinggi.kinerja.identity.Roles;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.organisation.EmployeeRepository;
import id.go.tebingtinggi.kinerja.organisation.Unit;
import id.go.tebingtinggi.kinerja.organisation.UnitRepository;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Works out the caller's scope from their roles and their place in the roster; a plain pegawai has none. */
@Component
class ScopeResolver {

  private final EmployeeRepository employees;
  private final UnitRepository units;

  ScopeResolver(EmployeeRepository employees, UnitRepository units) {
    this.employees = employees;
    this.units = units;
  }

  @Transactional(readOnly = true)
  Scope resolve(String login, Collection<String> roles) {
    if (roles.contains(Roles.BKPSDM) || roles.contains(Roles.ADMIN)) {
      return Scope.city();
    }
    Employee me = employees.findByLoginId(login).orElse(null);
    if (me != null && roles.contains(Roles.KEPALA_DINAS)) {
      Set<Unit> headed = units.findAll().stream()
          .filter(unit -> unit.getHead() != null && me.sameAs(unit.getHead()))
          .collect(Collectors.toSet());
      if (!headed.isEmpty()) {
        return new Scope(Scope.Kind.UNIT, headed.stream().map(Unit::getName).sorted().collect(Collectors.joining(", ")),
            headed.stream().map(Unit::getId).collect(Collectors.toSet()), Set.of());
      }
    }
    if (me != null && roles.contains(Roles.ATASAN)) {
      Set<Long> team = employees.findBySupervisorAndActiveTrue(me).stream().map(Employee::getId)
          .collect(Collectors.toSet());
      return new Scope(Scope.Kind.TIM, "Tim " + me.getName(), Set.of(), team);
    }
    throw new AccessDeniedException("Dasbor hanya untuk atasan, kepala unit, BKPSDM dan administrator");
  }
}
