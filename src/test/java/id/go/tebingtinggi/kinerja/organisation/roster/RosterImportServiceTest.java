package id.go.tebingtinggi.kinerja.organisation.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.tebingtinggi.kinerja.identity.Roles;
import id.go.tebingtinggi.kinerja.support.DemoRoster;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import id.go.tebingtinggi.kinerja.support.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The roster import against the real database, on H2 and on PostgreSQL, with the Camunda identity sync. */
class RosterImportServiceTest {

  @Nested
  @IntegrationTest
  class OnH2 extends Scenarios {
  }

  @Nested
  @PostgresIntegrationTest
  class OnPostgres extends Scenarios {
  }

  abstract static class Scenarios {

    static final String RAHMAT = "196806051996011001";
    static final String FITRI = "198002272010012002";
    static final String RUDI = "199006192012031003";
    static final String SYAHRIAL = "197001031998121004";
    static final String NURHAYATI = "197602081999122005";
    static final String ARIF = "197901272002031006";
    static final String DEWI = "199201082014032008";
    static final String BUDI = "199105142015011009";
    static final String HENNY = "197407282004042033";
    static final List<String> RSUD = List.of(HENNY, "198112142008121034", "199104052014032035",
        "199003082015012036", "199208272016042037");

    static final int NIP = 0;
    static final int NAME = 1;
    static final int POSITION = 2;
    static final int SUPERVISOR = 5;

    @Autowired RosterImportService rosterImport;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void restoreDemoRoster() {
      DemoRoster.restore(rosterImport, jdbc, identityService, transaction);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
      var employeesBefore = employeeTable();
      var unitsBefore = jdbc.queryForList("select * from org_unit order by id");
      var membershipsBefore = memberships();

      RosterImportReport report = rosterImport.importCsv(DemoRoster.csv());

      assertThat(report).isEqualTo(new RosterImportReport(58, 0, 0, 0, 58));
      assertThat(report.changedAnything()).isFalse();
      assertThat(employeeTable()).as("no version or updated_at moved").isEqualTo(employeesBefore);
      assertThat(jdbc.queryForList("select * from org_unit order by id")).isEqualTo(unitsBefore);
      assertThat(memberships()).isEqualTo(membershipsBefore);
    }

    @Test
    void readsACommaSeparatedFileWithQuotedFieldsAndByteOrderMark() {
      String position = "Pengadministrasi \"Kependudukan\", Seksi KTP-el";
      List<String> lines = new ArrayList<>();
      lines.add(DemoRoster.HEADER.replace(';', ','));
      for (String row : DemoRoster.rows()) {
        String[] fields = row.split(";", -1);
        if (fields[NIP].equals(DEWI)) {
          fields[POSITION] = position;
        }
        lines.add(Arrays.stream(fields).map(f -> '"' + f.replace("\"", "\"\"") + '"').collect(Collectors.joining(",")));
      }

      RosterImportReport report = rosterImport.importCsv("\uFEFF" + String.join("\r\n", lines) + "\r\n");

      assertThat(report).as("the names with commas are read whole: only Dewi's new position is a change")
          .isEqualTo(new RosterImportReport(58, 0, 1, 0, 57));
      assertThat(employee(DEWI).get("position")).isEqualTo(position);
      assertThat(employee(RAHMAT).get("name")).isEqualTo("Ir. H. Rahmat Hidayat, M.Si");
    }

    @Test
    void readsAQuotedSeparatorInASemicolonFileAndRenamesTheUser() {
      String file = DemoRoster.withRow(DEWI, row -> DemoRoster.replaceField(row, NAME, "\"Dewi Lestari; A.Md.\""));

      assertThat(rosterImport.importCsv(file)).isEqualTo(new RosterImportReport(58, 0, 1, 0, 57));

      assertThat(employee(DEWI).get("name")).isEqualTo("Dewi Lestari; A.Md.");
      User user = identityService.createUserQuery().userId("dewi.lestari").singleResult();
      assertThat(user.getFirstName() + " " + user.getLastName()).isEqualTo("Dewi Lestari; A.Md.");
    }

    @Test
    void refusesEveryBadRowWithItsLineAndReason() {
      var employeesBefore = employeeTable();
      List<String> rows = new ArrayList<>(DemoRoster.rows());
      // Arif and Dewi become each other's supervisor; Budi and Putri report to Arif, into the loop, but are not on it
      rows.replaceAll(row -> row.startsWith(ARIF) ? DemoRoster.replaceField(row, SUPERVISOR, DEWI) : row);
      rows.addAll(List.of(
          "19920108201403200X;Pegawai Satu;Pengadministrasi;pelaksana;DISDUKCAPIL;" + ARIF + ";baru.satu",
          "199501012020011101;Pegawai Dua;Pengadministrasi;pelaksana;DISPENDA;;baru.dua",
          "199501012020011102;Pegawai Tiga;Pengadministrasi;pelaksana;DISDUKCAPIL;198501012010011999;baru.tiga",
          DEWI + ";Dewi Kembar;Pengadministrasi;pelaksana;DISDUKCAPIL;" + SYAHRIAL + ";dewi.kembar",
          "199501012020011103;Pegawai Empat;Pengadministrasi;pelaksana;DISDUKCAPIL;199501012020011103;baru.empat",
          "199501012020011104;Pegawai Lima;Pengadministrasi;pelaksana;DISDUKCAPIL;199501012020011105;baru.lima",
          "199501012020011105;Pegawai Enam;Pengadministrasi;pelaksana;DISDUKCAPIL;199501012020011106;baru.enam",
          "199501012020011106;Pegawai Tujuh;Pengadministrasi;pelaksana;DISDUKCAPIL;199501012020011104;baru.tujuh",
          "199501012020011107;;Pengadministrasi;honorer;DISDUKCAPIL;abc;Baru Delapan",
          "199501012020011108;Pegawai Sembilan;Pengadministrasi;pelaksana;DISDUKCAPIL;;arif.lubis",
          "199501012020011109;Pegawai Sepuluh;Pengadministrasi;pelaksana;DISDUKCAPIL;199501012020011104;baru.sepuluh",
          "199501012020011110;Pegawai\tSebelas;" + "J".repeat(201) + ";pelaksana;DISDUKCAPIL;" + ARIF + ";baru.sebelas"));

      RosterRejected refusal = catchThrowableOfType(RosterRejected.class,
          () -> rosterImport.importCsv(DemoRoster.fileOf(rows)));

      String loop = " membentuk lingkaran atasan (rantai atasan kembali ke pegawai ini)";
      assertThat(refusal.problems()).containsExactlyInAnyOrder(
          new RosterProblem(7, "atasan " + DEWI + loop),
          new RosterProblem(9, "atasan " + ARIF + loop),
          new RosterProblem(60, "NIP '19920108201403200X' tidak valid: harus 18 digit angka"),
          new RosterProblem(61, "kode unit 'DISPENDA' tidak dikenal"),
          new RosterProblem(62, "atasan dengan NIP 198501012010011999 tidak ada di berkas"),
          new RosterProblem(63, "NIP " + DEWI + " ganda (sudah ada di baris 9)"),
          new RosterProblem(64, "pegawai tidak dapat menjadi atasan dirinya sendiri"),
          new RosterProblem(65, "atasan 199501012020011105" + loop),
          new RosterProblem(66, "atasan 199501012020011106" + loop),
          new RosterProblem(67, "atasan 199501012020011104" + loop),
          new RosterProblem(68, "nama wajib diisi"),
          new RosterProblem(68, "jenis jabatan 'honorer' tidak dikenal (pilihan: struktural, fungsional, pelaksana)"),
          new RosterProblem(68, "login 'Baru Delapan' tidak valid: 3–64 huruf kecil, angka, titik, garis bawah "
              + "atau tanda hubung"),
          new RosterProblem(68, "NIP atasan tidak valid: NIP 'abc' tidak valid: harus 18 digit angka"),
          new RosterProblem(69, "login 'arif.lubis' ganda (sudah dipakai di baris 7)"),
          new RosterProblem(69, "login 'arif.lubis' sudah dipakai pegawai lain (NIP " + ARIF + ")"),
          new RosterProblem(71, "nama mengandung karakter kontrol"),
          new RosterProblem(71, "jabatan terlalu panjang (201 karakter, maksimal 200)"));
      assertThat(refusal.getMessage()).contains("baris 61: kode unit 'DISPENDA' tidak dikenal");
      assertThat(employeeTable()).isEqualTo(employeesBefore);
      assertThat(identityService.createUserQuery().userId("baru.dua").count()).isZero();
    }

    @Test
    void aFileWithOneBadRowChangesNothing() {
      var employeesBefore = employeeTable();
      var membershipsBefore = memberships();
      List<String> rows = new ArrayList<>(DemoRoster.rows());
      rows.replaceAll(row -> row.startsWith(DEWI) ? DemoRoster.replaceField(row, NAME, "Dewi Lestari Siregar") : row);
      rows.removeIf(row -> row.startsWith(BUDI));
      rows.add("199501012020011101;Pegawai Baru;Pengadministrasi;pelaksana;DISDUKCAPIL;" + ARIF + ";pegawai.baru");
      rows.add("199501012020011102;Pegawai Salah Unit;Pengadministrasi;pelaksana;DISPENDA;;pegawai.salah");

      RosterRejected refusal = catchThrowableOfType(RosterRejected.class,
          () -> rosterImport.importCsv(DemoRoster.fileOf(rows)));

      assertThat(refusal.problems()).containsExactly(new RosterProblem(60, "kode unit 'DISPENDA' tidak dikenal"));
      assertThat(employeeTable()).isEqualTo(employeesBefore);
      assertThat(memberships()).isEqualTo(membershipsBefore);
      assertThat(identityService.createUserQuery().userId("pegawai.baru").count()).isZero();
    }

    @Test
    void refusesAUnitWithTwoHeads() {
      String file = DemoRoster.withRow(ARIF, row -> DemoRoster.replaceField(row, SUPERVISOR, RAHMAT));

      RosterRejected refusal = catchThrowableOfType(RosterRejected.class, () -> rosterImport.importCsv(file));

      assertThat(refusal.problems()).containsExactly(new RosterProblem(7, "unit DISDUKCAPIL memiliki lebih dari "
          + "satu pimpinan: " + SYAHRIAL + ", " + ARIF + " (pimpinan unit adalah pejabat struktural yang atasannya "
          + "di luar unit)"));
      assertThat(supervisorOf(ARIF)).isEqualTo(SYAHRIAL);
    }

    @Test
    void deactivatesEmployeesMissingFromTheFileAndReactivatesThemWhenTheyReturn() {
      RosterImportReport report = rosterImport.importCsv(DemoRoster.without(DEWI, RUDI));

      assertThat(report).isEqualTo(new RosterImportReport(56, 0, 0, 2, 56));
      assertThat(jdbc.queryForObject("select count(*) from employee", Integer.class))
          .as("nobody is deleted").isEqualTo(DemoRoster.EMPLOYEES);
      assertThat(employee(DEWI).get("active")).isEqualTo(false);
      assertThat(supervisorOf(DEWI)).isNull();
      assertThat(identityService.createUserQuery().userId("dewi.lestari").count()).as("the user keeps its history")
          .isOne();
      assertThat(groupsOf("dewi.lestari")).isEmpty();
      assertThat(groupsOf("rudi.hartono")).isEmpty();
      assertThat(groupsOf("fitri.handayani")).as("Rudi was Fitri's only subordinate").containsExactly(Roles.PEGAWAI);
      assertThat(groupsOf("arif.lubis")).as("Budi and Putri still report to Arif")
          .containsExactlyInAnyOrder(Roles.PEGAWAI, Roles.ATASAN);

      assertThat(rosterImport.importCsv(DemoRoster.csv())).isEqualTo(new RosterImportReport(58, 0, 2, 0, 56));
      assertThat(employee(DEWI).get("active")).isEqualTo(true);
      assertThat(supervisorOf(DEWI)).isEqualTo(ARIF);
      assertThat(groupsOf("dewi.lestari")).containsExactly(Roles.PEGAWAI);
      assertThat(groupsOf("fitri.handayani")).containsExactlyInAnyOrder(Roles.PEGAWAI, Roles.ATASAN);
    }

    @Test
    void vacatesTheHeadOfAUnitWithNobodyLeftOnTheRoster() {
      assertThat(headOf("RSUD")).isEqualTo(HENNY);

      RosterImportReport report = rosterImport.importCsv(DemoRoster.without(RSUD.toArray(String[]::new)));

      assertThat(report.deactivated()).isEqualTo(RSUD.size());
      assertThat(headOf("RSUD")).isNull();
      assertThat(groupsOf("henny.simatupang")).isEmpty();
      assertThat(identityService.createUserQuery().memberOfGroup(Roles.KEPALA_DINAS).list())
          .extracting(User::getId).doesNotContain("henny.simatupang").contains("syahrial.nasution");
    }

    @Test
    void changesTheSupervisorAndOnlyTheChangedRow() {
      Map<Object, Map<String, Object>> before = byNip(employeeTable());

      RosterImportReport report = rosterImport.importCsv(
          DemoRoster.withRow(DEWI, row -> DemoRoster.replaceField(row, SUPERVISOR, BUDI)));

      assertThat(report).isEqualTo(new RosterImportReport(58, 0, 1, 0, 57));
      assertThat(supervisorOf(DEWI)).isEqualTo(BUDI);
      Map<Object, Map<String, Object>> after = byNip(employeeTable());
      assertThat(((Number) after.get(DEWI).get("version")).longValue())
          .isEqualTo(((Number) before.get(DEWI).get("version")).longValue() + 1);
      assertThat(after.get(DEWI).get("updated_at")).isNotEqualTo(before.get(DEWI).get("updated_at"));
      after.remove(DEWI);
      before.remove(DEWI);
      assertThat(after).as("every other row is untouched").isEqualTo(before);
      assertThat(groupsOf("budi.santoso")).containsExactlyInAnyOrder(Roles.PEGAWAI, Roles.ATASAN);
      assertThat(groupsOf("arif.lubis")).containsExactlyInAnyOrder(Roles.PEGAWAI, Roles.ATASAN);
    }

    @Test
    void derivesTheUnitHeadFromTheSupervisorChain() {
      assertThat(headOf("DISDUKCAPIL")).isEqualTo(SYAHRIAL);
      List<String> rows = new ArrayList<>(DemoRoster.rows());
      // Nurhayati now reports outside the unit and Syahrial to her, so she leads DISDUKCAPIL; a pelaksana who
      // reports outside the unit does not lead it
      rows.replaceAll(row -> row.startsWith(NURHAYATI) ? DemoRoster.replaceField(row, SUPERVISOR, RAHMAT) : row);
      rows.replaceAll(row -> row.startsWith(SYAHRIAL) ? DemoRoster.replaceField(row, SUPERVISOR, NURHAYATI) : row);
      rows.add("199501012020011101;Pegawai Perbantuan;Pengadministrasi;pelaksana;DISDUKCAPIL;" + RAHMAT
          + ";pegawai.perbantuan");

      RosterImportReport report = rosterImport.importCsv(DemoRoster.fileOf(rows));

      assertThat(report).isEqualTo(new RosterImportReport(59, 1, 2, 0, 56));
      assertThat(headOf("DISDUKCAPIL")).isEqualTo(NURHAYATI);
      assertThat(groupsOf("nurhayati.siregar"))
          .containsExactlyInAnyOrder(Roles.PEGAWAI, Roles.ATASAN, Roles.KEPALA_DINAS);
      assertThat(groupsOf("syahrial.nasution")).containsExactlyInAnyOrder(Roles.PEGAWAI, Roles.ATASAN);
      assertThat(groupsOf("pegawai.perbantuan")).containsExactly(Roles.PEGAWAI);
    }

    @Test
    void createsNewEmployeesWithUsersAndLoginsFromTheirNipWhenTheFileHasNoLoginColumn() {
      List<String> rows = new ArrayList<>(DemoRoster.rows().stream().map(row -> row.substring(0, row.lastIndexOf(';')))
          .toList());
      rows.add("199501012020011101;Pegawai Baru;Pengadministrasi Kependudukan;pelaksana;DISDUKCAPIL;" + DEWI);
      String header = DemoRoster.HEADER.substring(0, DemoRoster.HEADER.lastIndexOf(';'));

      RosterImportReport report = rosterImport.importCsv(header + "\n" + String.join("\n", rows) + "\n");

      assertThat(report).isEqualTo(new RosterImportReport(59, 1, 0, 0, 58));
      Map<String, Object> created = employee("199501012020011101");
      assertThat(created.get("login_id")).isEqualTo("199501012020011101");
      assertThat(created.get("active")).isEqualTo(true);
      assertThat(supervisorOf("199501012020011101")).isEqualTo(DEWI);
      assertThat(employee(DEWI).get("login_id")).as("existing logins are kept").isEqualTo("dewi.lestari");
      assertThat(identityService.checkPassword("199501012020011101", "demo")).isTrue();
      assertThat(groupsOf("199501012020011101")).containsExactly(Roles.PEGAWAI);
      assertThat(groupsOf("dewi.lestari")).containsExactlyInAnyOrder(Roles.PEGAWAI, Roles.ATASAN);
    }

    private List<Map<String, Object>> employeeTable() {
      return jdbc.queryForList("select * from employee order by id");
    }

    private static Map<Object, Map<String, Object>> byNip(List<Map<String, Object>> rows) {
      return rows.stream().collect(Collectors.toMap(row -> row.get("nip"), row -> row, (a, b) -> a, TreeMap::new));
    }

    private Map<String, Object> employee(String nip) {
      return jdbc.queryForMap("select * from employee where nip = ?", nip);
    }

    private String supervisorOf(String nip) {
      return jdbc.queryForObject("select s.nip from employee e left join employee s on s.id = e.supervisor_id "
          + "where e.nip = ?", String.class, nip);
    }

    private String headOf(String unitCode) {
      return jdbc.queryForObject("select e.nip from org_unit u left join employee e on e.id = u.head_employee_id "
          + "where u.code = ?", String.class, unitCode);
    }

    private List<String> groupsOf(String userId) {
      return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private Map<String, Set<String>> memberships() {
      Map<String, Set<String>> members = new TreeMap<>();
      for (Group group : identityService.createGroupQuery().list()) {
        members.put(group.getId(), identityService.createUserQuery().memberOfGroup(group.getId()).list().stream()
            .map(User::getId).collect(Collectors.toSet()));
      }
      return members;
    }
  }
}
