package id.go.tebingtinggi.kinerja.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.support.DemoRoster;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import id.go.tebingtinggi.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Camunda's users and groups after the demo roster was imported, on H2 and on PostgreSQL. */
class IdentitySyncTest {

  @Nested
  @IntegrationTest
  class OnH2 extends Scenarios {
  }

  @Nested
  @PostgresIntegrationTest
  class OnPostgres extends Scenarios {
  }

  abstract static class Scenarios {

    @Autowired IdentityService identityService;
    @Autowired IdentitySynchronizer synchronizer;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aPelaksanaIsOnlyPegawai() {
      assertThat(groupsOf("dewi.lestari")).containsExactly(Roles.PEGAWAI);
    }

    @Test
    void aSupervisorIsPegawaiAndAtasan() {
      assertThat(groupsOf("arif.lubis")).containsExactlyInAnyOrder(Roles.PEGAWAI, Roles.ATASAN);
    }

    @Test
    void theHeadOfAUnitIsKepalaDinas() {
      assertThat(groupsOf("syahrial.nasution"))
          .containsExactlyInAnyOrder(Roles.PEGAWAI, Roles.ATASAN, Roles.KEPALA_DINAS);
    }

    @Test
    void staffOfBkpsdmAreBkpsdm() {
      assertThat(groupsOf("ani.wulandari")).containsExactlyInAnyOrder(Roles.PEGAWAI, Roles.BKPSDM);
      assertThat(groupsOf("lely.purba"))
          .containsExactlyInAnyOrder(Roles.PEGAWAI, Roles.ATASAN, Roles.KEPALA_DINAS, Roles.BKPSDM);
      assertThat(membersOf(Roles.BKPSDM)).containsExactlyInAnyOrderElementsOf(
          jdbc.queryForList("select e.login_id from employee e join org_unit u on u.id = e.unit_id "
              + "where u.code = 'BKPSDM'", String.class));
    }

    @Test
    void theAdministratorIsOnlyCamundaAdmin() {
      assertThat(groupsOf("admin")).containsExactly(Roles.ADMIN);
    }

    @Test
    void everyEmployeeIsAUserWithTheEmployeesName() {
      Map<String, String> names = jdbc.queryForList("select login_id, name from employee").stream()
          .collect(Collectors.toMap(row -> (String) row.get("login_id"), row -> (String) row.get("name")));
      assertThat(names).hasSize(DemoRoster.EMPLOYEES);
      assertThat(membersOf(Roles.PEGAWAI)).containsExactlyInAnyOrderElementsOf(names.keySet());
      for (User user : identityService.createUserQuery().list()) {
        if (!user.getId().equals("admin")) {
          assertThat(user.getFirstName() + " " + user.getLastName()).as(user.getId()).isEqualTo(names.get(user.getId()));
        }
      }
      assertThat(identityService.checkPassword("dewi.lestari", "demo")).isTrue();
    }

    @Test
    void atasanAreExactlyTheSupervisorsAndKepalaDinasExactlyTheUnitHeads() {
      assertThat(membersOf(Roles.ATASAN)).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
          "select distinct s.login_id from employee e join employee s on s.id = e.supervisor_id", String.class));
      List<String> heads = jdbc.queryForList(
          "select e.login_id from org_unit u join employee e on e.id = u.head_employee_id", String.class);
      assertThat(heads).as("the twelve units of the demo roster each have a head").hasSize(12);
      assertThat(membersOf(Roles.KEPALA_DINAS)).containsExactlyInAnyOrderElementsOf(heads);
    }

    @Test
    void synchronizingAgainChangesNothingAndKeepsMembershipsOutsideTheRosterGroups() {
      identityService.createMembership("ani.wulandari", Roles.ADMIN);
      try {
        Map<String, Set<String>> before = memberships();

        synchronizer.synchronize();

        assertThat(memberships()).isEqualTo(before);
        assertThat(groupsOf("ani.wulandari")).contains(Roles.ADMIN);
      } finally {
        identityService.deleteMembership("ani.wulandari", Roles.ADMIN);
      }
    }

    private List<String> groupsOf(String userId) {
      return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private List<String> membersOf(String groupId) {
      return identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
    }

    private Map<String, Set<String>> memberships() {
      Map<String, Set<String>> members = new TreeMap<>();
      for (Group group : identityService.createGroupQuery().list()) {
        members.put(group.getId(), Set.copyOf(membersOf(group.getId())));
      }
      return members;
    }
  }
}
