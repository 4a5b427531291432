package id.go.tebingtinggi.kinerja.identity;

import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.organisation.EmployeeRepository;
import id.go.tebingtinggi.kinerja.organisation.RosterApplied;
import id.go.tebingtinggi.kinerja.organisation.Unit;
import id.go.tebingtinggi.kinerja.organisation.UnitRepository;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's users and groups in step with the roster, inside the import's transaction: every active
 * employee is a user in {@code pegawai}; supervisors of active staff also in {@code atasan}; unit heads in
 * {@code kepala-dinas}; staff of BKPSDM in {@code bkpsdm}. Users of employees who left keep their history but
 * lose every roster group, and with it access to the webapps.
 */
@Component
public class IdentitySynchronizer {

  private final IdentityService identityService;
  private final EmployeeRepository employees;
  private final UnitRepository units;
  private final IdentityProperties properties;
  private final AsSystem asSystem;

  IdentitySynchronizer(IdentityService identityService, EmployeeRepository employees, UnitRepository units,
                       IdentityProperties properties, AsSystem asSystem) {
    this.identityService = identityService;
    this.employees = employees;
    this.units = units;
    this.properties = properties;
    this.asSystem = asSystem;
  }

  @EventListener
  @Order(0)
  void onRosterApplied(RosterApplied event) {
    synchronize();
  }

  /**
   * Runs without the engine authentication of the caller (the API lets only bkpsdm and camunda-admin import a
   * roster): the users and memberships that follow from the roster are the system's to keep, and bkpsdm may
   * neither see nor change groups such as {@code atasan}.
   */
  public void synchronize() {
    asSystem.run(this::synchronizeAsSystem);
  }

  private void synchronizeAsSystem() {
    ensureGroups();
    List<Employee> all = employees.findAllWithUnitAndSupervisor();
    Map<String, User> users = identityService.createUserQuery().list().stream()
        .collect(Collectors.toMap(User::getId, Function.identity()));
    for (Employee employee : all) {
      User user = users.get(employee.getLoginId());
      if (user == null) {
        createUser(employee);
      } else {
        updateNames(user, employee);
      }
    }
    Map<String, Set<String>> wanted = wantedMemberships(all);
    Set<String> rosterLogins = all.stream().map(Employee::getLoginId).collect(Collectors.toSet());
    for (String group : Roles.ROSTER_GROUPS) {
      Set<String> members = identityService.createUserQuery().memberOfGroup(group).list().stream()
          .map(User::getId).collect(Collectors.toCollection(HashSet::new));
      Set<String> target = wanted.get(group);
      for (String userId : target) {
        if (!members.contains(userId)) {
          identityService.createMembership(userId, group);
        }
      }
      for (String userId : members) {
        if (!target.contains(userId) && rosterLogins.contains(userId)) {
          identityService.deleteMembership(userId, group);
        }
      }
    }
  }

  private Map<String, Set<String>> wantedMemberships(List<Employee> all) {
    Map<String, Set<String>> wanted = new HashMap<>();
    Roles.ROSTER_GROUPS.forEach(g -> wanted.put(g, new LinkedHashSet<>()));
    Set<Long> headIds = units.findAll().stream().map(Unit::getHead).filter(Objects::nonNull)
        .map(Employee::getId).collect(Collectors.toSet());
    for (Employee employee : all) {
      if (!employee.isActive()) {
        continue;
      }
      wanted.get(Roles.PEGAWAI).add(employee.getLoginId());
      if (employee.getSupervisor() != null) {
        wanted.get(Roles.ATASAN).add(employee.getSupervisor().getLoginId());
      }
      if (headIds.contains(employee.getId())) {
        wanted.get(Roles.KEPALA_DINAS).add(employee.getLoginId());
      }
      if (Roles.BKPSDM_UNIT_CODE.equals(employee.getUnit().getCode())) {
        wanted.get(Roles.BKPSDM).add(employee.getLoginId());
      }
    }
    return wanted;
  }

  private void ensureGroups() {
    Map<String, String> names = Map.of(
        Roles.PEGAWAI, "Pegawai",
        Roles.ATASAN, "Atasan langsung",
        Roles.KEPALA_DINAS, "Kepala OPD",
        Roles.BKPSDM, "BKPSDM");
    for (String id : Roles.ROSTER_GROUPS) {
      if (identityService.createGroupQuery().groupId(id).singleResult() == null) {
        Group group = identityService.newGroup(id);
        group.setName(names.get(id));
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
      }
    }
  }

  private void createUser(Employee employee) {
    User user = identityService.newUser(employee.getLoginId());
    setNames(user, employee);
    user.setPassword(properties.hasInitialPassword() ? properties.initialPassword() : UUID.randomUUID().toString());
    identityService.saveUser(user);
  }

  private void updateNames(User user, Employee employee) {
    String firstName = user.getFirstName();
    String lastName = user.getLastName();
    setNames(user, employee);
    if (!Objects.equals(firstName, user.getFirstName()) || !Objects.equals(lastName, user.getLastName())) {
      identityService.saveUser(user);
    }
  }

  private static void setNames(User user, Employee employee) {
    String name = employee.getName();
    int split = name.lastIndexOf(' ');
    user.setFirstName(split > 0 ? name.substring(0, split) : name);
    user.setLastName(split > 0 ? name.substring(split + 1) : "");
  }
}
