package id.go.tebingtinggi.kinerja.organisation.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class RosterCsvParserTest {

  private static final RosterRow DEWI = new RosterRow(2, "199201082014032008", "Dewi Lestari, A.Md",
      "Pengadministrasi Kependudukan", "pelaksana", "DISDUKCAPIL", "197901272002031006", "dewi.lestari");

  @Test
  void readsSemicolonSeparatedRows() {
    var rows = RosterCsvParser.parse("""
        nip;nama;jabatan;jenis_jabatan;kode_unit;nip_atasan;login
        199201082014032008;Dewi Lestari, A.Md;Pengadministrasi Kependudukan;pelaksana;DISDUKCAPIL;197901272002031006;dewi.lestari
        """);

    assertThat(rows).containsExactly(DEWI);
  }

  @Test
  void readsCommaSeparatedQuotedFieldsAfterAByteOrderMark() {
    var rows = RosterCsvParser.parse("\uFEFFnip,nama,jabatan,jenis_jabatan,kode_unit,nip_atasan,login\r\n"
        + "199201082014032008,\"Dewi Lestari, A.Md\",\"Pengadministrasi Kependudukan\",pelaksana,DISDUKCAPIL,"
        + "197901272002031006,dewi.lestari\r\n");

    assertThat(rows).containsExactly(DEWI);
  }

  @Test
  void unescapesDoubledQuotesAndKeepsSeparatorsInsideQuotes() {
    var rows = RosterCsvParser.parse("""
        nip;nama;jabatan;jenis_jabatan;kode_unit;nip_atasan;login
        199201082014032008;"Dewi ""Uci"" Lestari; A.Md";"Pengadministrasi; Kependudukan";pelaksana;DISDUKCAPIL;;dewi.lestari
        """);

    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.name()).isEqualTo("Dewi \"Uci\" Lestari; A.Md");
      assertThat(row.position()).isEqualTo("Pengadministrasi; Kependudukan");
      assertThat(row.supervisorNip()).isEmpty();
    });
  }

  @Test
  void acceptsColumnsInAnyOrderInAnyCaseAndWithoutLogin() {
    var rows = RosterCsvParser.parse("""
        NAMA;nip;Kode_Unit;nip_atasan;jabatan;jenis_jabatan
          Dewi Lestari, A.Md ; 199201082014032008 ;DISDUKCAPIL;197901272002031006;Pengadministrasi Kependudukan;pelaksana
        """);

    assertThat(rows).containsExactly(new RosterRow(2, "199201082014032008", "Dewi Lestari, A.Md",
        "Pengadministrasi Kependudukan", "pelaksana", "DISDUKCAPIL", "197901272002031006", ""));
  }

  @Test
  void skipsBlankLinesButKeepsTheFileLineNumbers() {
    var rows = RosterCsvParser.parse("nip;nama;jabatan;jenis_jabatan;kode_unit;nip_atasan\r"
        + "\r"
        + "199201082014032008;Dewi;Pengadministrasi;pelaksana;DISDUKCAPIL;\r"
        + "   \r"
        + "199105142015011009;Budi;Operator;pelaksana;DISDUKCAPIL;\r");

    assertThat(rows).extracting(RosterRow::line).containsExactly(3, 5);
  }

  @Test
  void reportsEveryMalformedLine() {
    RosterRejected refusal = catchThrowableOfType(RosterRejected.class, () -> RosterCsvParser.parse("""
        nip;nama;jabatan;jenis_jabatan;kode_unit;nip_atasan
        199201082014032008;Dewi;Pengadministrasi;pelaksana;DISDUKCAPIL
        199105142015011009;Budi;Operator;pelaksana;DISDUKCAPIL;;extra
        199410102024032010;"Putri;Pranata;fungsional;DISDUKCAPIL;
        199302182016012012;Siti;Verifikator;pelaksana;DISDUKCAPIL;
        """));

    assertThat(refusal.problems()).containsExactly(
        new RosterProblem(2, "jumlah kolom 5, seharusnya 6"),
        new RosterProblem(3, "jumlah kolom 7, seharusnya 6"),
        new RosterProblem(4, "tanda kutip (\") tidak ditutup"));
  }

  @Test
  void reportsEveryHeaderProblemOnLineOne() {
    RosterRejected refusal = catchThrowableOfType(RosterRejected.class, () -> RosterCsvParser.parse("""
        nip;nama;nama;jabatan;unit;nip_atasan
        199201082014032008;Dewi;Dewi;Pengadministrasi;DISDUKCAPIL;
        """));

    assertThat(refusal.problems()).containsExactlyInAnyOrder(
        new RosterProblem(1, "kolom 'nama' muncul lebih dari sekali"),
        new RosterProblem(1, "kolom 'unit' tidak dikenal"),
        new RosterProblem(1, "kolom wajib 'jenis_jabatan' tidak ada"),
        new RosterProblem(1, "kolom wajib 'kode_unit' tidak ada"));
  }

  @Test
  void refusesAnEmptyFileAndAFileWithoutData() {
    assertThat(catchThrowableOfType(RosterRejected.class, () -> RosterCsvParser.parse(" \n")).problems())
        .containsExactly(new RosterProblem(1, "berkas kosong: baris judul kolom tidak ditemukan"));
    assertThat(catchThrowableOfType(RosterRejected.class,
        () -> RosterCsvParser.parse("nip;nama;jabatan;jenis_jabatan;kode_unit;nip_atasan\n\n")).problems())
        .containsExactly(new RosterProblem(2, "berkas tidak berisi data pegawai"));
  }

  @Test
  void saysWhichLineARefusalIsAbout() {
    assertThat(new RosterProblem(7, "kode unit 'X' tidak dikenal")).hasToString("baris 7: kode unit 'X' tidak dikenal");
  }
}
