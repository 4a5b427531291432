package id.go.tebingtinggi.kinerja.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class EmployeeTest {

  private final Unit disdukcapil = new Unit("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", UnitKind.DINAS);
  private final Unit bkpsdm = new Unit("BKPSDM", "Badan Kepegawaian dan Pengembangan SDM", UnitKind.BADAN);

  private final Employee syahrial = employee("197001031998121004", "Drs. Syahrial Nasution, M.AP", "syahrial.nasution");
  private final Employee arif = employee("197901272002031006", "Muhammad Arif Lubis, S.Kom", "arif.lubis");
  private final Employee dewi = employee("199201082014032008", "Dewi Lestari, A.Md", "dewi.lestari");

  @Test
  void startsActiveWithoutSupervisor() {
    assertThat(dewi.isActive()).isTrue();
    assertThat(dewi.getSupervisor()).isNull();
    assertThat(dewi.getNip()).isEqualTo(new Nip("199201082014032008"));
    assertThat(dewi.getLoginId()).isEqualTo("dewi.lestari");
    assertThat(dewi.getUpdatedAt()).isNotNull();
  }

  @Test
  void assignsADirectSupervisorOnce() {
    assertThat(dewi.assignSupervisor(arif)).isTrue();
    assertThat(dewi.getSupervisor()).isSameAs(arif);
    var updatedAt = dewi.getUpdatedAt();

    assertThat(dewi.assignSupervisor(arif)).as("the same supervisor again is no change").isFalse();
    assertThat(dewi.getUpdatedAt()).isEqualTo(updatedAt);

    assertThat(dewi.assignSupervisor(null)).isTrue();
    assertThat(dewi.getSupervisor()).isNull();
  }

  @Test
  void refusesToBeItsOwnSupervisor() {
    assertThatThrownBy(() -> dewi.assignSupervisor(dewi))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("Pegawai 199201082014032008 tidak dapat menjadi atasan dirinya sendiri");
    assertThat(dewi.getSupervisor()).isNull();
  }

  @Test
  void refusesALoopOfTwo() {
    dewi.assignSupervisor(arif);

    assertThatThrownBy(() -> arif.assignSupervisor(dewi))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("Atasan 199201082014032008 untuk pegawai 197901272002031006 membentuk lingkaran atasan "
            + "(pegawai menjadi atasan dari atasannya sendiri)");
    assertThat(arif.getSupervisor()).as("the refused change is not applied").isNull();
  }

  @Test
  void refusesALoopOfThree() {
    dewi.assignSupervisor(arif);
    arif.assignSupervisor(syahrial);

    assertThatThrownBy(() -> syahrial.assignSupervisor(dewi))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("Atasan 199201082014032008 untuk pegawai 197001031998121004 membentuk lingkaran atasan "
            + "(pegawai menjadi atasan dari atasannya sendiri)");
    assertThat(syahrial.getSupervisor()).isNull();
  }

  @Test
  void acceptsAChainWithoutLoop() {
    dewi.assignSupervisor(arif);
    arif.assignSupervisor(syahrial);

    assertThat(dewi.assignSupervisor(syahrial)).isTrue();
    assertThat(dewi.getSupervisor()).isSameAs(syahrial);
  }

  @Test
  void deactivatesOnceAndLeavesTheSupervisor() {
    dewi.assignSupervisor(arif);

    assertThat(dewi.deactivate()).isTrue();
    assertThat(dewi.isActive()).isFalse();
    assertThat(dewi.getSupervisor()).isNull();

    var updatedAt = dewi.getUpdatedAt();
    assertThat(dewi.deactivate()).as("already inactive").isFalse();
    assertThat(dewi.getUpdatedAt()).isEqualTo(updatedAt);
  }

  @Test
  void reactivatesOnlyAnInactiveEmployee() {
    assertThat(dewi.reactivate()).as("already active").isFalse();
    dewi.deactivate();

    assertThat(dewi.reactivate()).isTrue();
    assertThat(dewi.isActive()).isTrue();
    assertThat(dewi.reactivate()).isFalse();
  }

  @Test
  void reportsWhetherTheProfileChanged() {
    var updatedAt = dewi.getUpdatedAt();
    assertThat(dewi.updateProfile("Dewi Lestari, A.Md", "Jabatan dewi.lestari", PositionKind.PELAKSANA, disdukcapil))
        .as("the same values").isFalse();
    assertThat(dewi.getUpdatedAt()).isEqualTo(updatedAt);

    assertThat(dewi.updateProfile("Dewi Lestari, A.Md", "Analis Kependudukan", PositionKind.FUNGSIONAL, bkpsdm))
        .isTrue();
    assertThat(dewi.getPosition()).isEqualTo("Analis Kependudukan");
    assertThat(dewi.getPositionKind()).isEqualTo(PositionKind.FUNGSIONAL);
    assertThat(dewi.getUnit()).isSameAs(bkpsdm);
  }

  @Test
  void headsOnlyItsOwnUnit() {
    syahrial.appointAsHeadOf(disdukcapil);
    assertThat(disdukcapil.getHead()).isSameAs(syahrial);

    assertThatThrownBy(() -> dewi.appointAsHeadOf(bkpsdm))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("Pegawai 199201082014032008 bukan pegawai unit BKPSDM sehingga tidak dapat menjadi pimpinannya");
    assertThat(bkpsdm.getHead()).isNull();
  }

  private Employee employee(String nip, String name, String login) {
    return new Employee(new Nip(nip), name, "Jabatan " + login, PositionKind.PELAKSANA, disdukcapil, login);
  }
}
