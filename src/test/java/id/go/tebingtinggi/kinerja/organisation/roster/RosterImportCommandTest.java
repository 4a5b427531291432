package id.go.tebingtinggi.kinerja.organisation.roster;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.support.DemoRoster;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code --import-roster=FILE}: the work of the command-line option, without ending the test JVM. */
@IntegrationTest
class RosterImportCommandTest {

  private static final String DEWI = "199201082014032008";

  @Autowired RosterImportCommand command;
  @Autowired RosterImportService rosterImport;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @TempDir Path dir;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  @AfterEach
  void restoreDemoRoster() {
    DemoRoster.restore(rosterImport, jdbc, identityService, transaction);
  }

  @Test
  void appliesAGoodFileAndExitsWithZero() throws IOException {
    Path file = write("roster.csv", DemoRoster.withRow(DEWI, row -> DemoRoster.replaceField(row, 2, "Analis Kependudukan")));

    int exitCode = command.importFiles(List.of(file.toString()), out);

    assertThat(exitCode).isZero();
    assertThat(printed()).isEqualTo("Roster " + file + " diterapkan: 58 baris: 0 pegawai baru, 1 diperbarui, "
        + "0 dinonaktifkan, 57 tidak berubah\n");
    assertThat(positionOfDewi()).isEqualTo("Analis Kependudukan");
  }

  @Test
  void refusesABadFileListsEveryLineAndExitsWithOne() throws IOException {
    Path file = write("roster.csv", DemoRoster.withRow(DEWI, row -> DemoRoster.replaceField(
        DemoRoster.replaceField(row, 2, "Analis Kependudukan"), 4, "DISPENDA"))
        + "199501012020011101;Pegawai Baru;Pengadministrasi;pelaksana;DISDUKCAPIL;" + DEWI + ";dewi.lestari\n");

    int exitCode = command.importFiles(List.of(file.toString()), out);

    assertThat(exitCode).isEqualTo(1);
    assertThat(printed()).isEqualTo("Roster " + file + " ditolak, tidak ada yang diubah:\n"
        + "  baris 9: kode unit 'DISPENDA' tidak dikenal\n"
        + "  baris 60: login 'dewi.lestari' ganda (sudah dipakai di baris 9)\n"
        + "  baris 60: login 'dewi.lestari' sudah dipakai pegawai lain (NIP " + DEWI + ")\n");
    assertThat(positionOfDewi()).isEqualTo("Pengadministrasi Kependudukan");
  }

  @Test
  void aMissingFileExitsWithOne() {
    Path missing = dir.resolve("tidak-ada.csv");

    int exitCode = command.importFiles(List.of(missing.toString()), out);

    assertThat(exitCode).isEqualTo(1);
    assertThat(printed()).startsWith("Berkas " + missing + " tidak dapat dibaca: ");
  }

  @Test
  void appliesEachFileInTurnAndFailsIfAnyIsRefused() throws IOException {
    Path good = write("good.csv", DemoRoster.withRow(DEWI, row -> DemoRoster.replaceField(row, 2, "Analis Kependudukan")));
    Path bad = write("bad.csv", DemoRoster.HEADER + "\n");

    int exitCode = command.importFiles(List.of(good.toString(), bad.toString()), out);

    assertThat(exitCode).isEqualTo(1);
    assertThat(printed()).contains("Roster " + good + " diterapkan: ")
        .contains("Roster " + bad + " ditolak, tidak ada yang diubah:\n  baris 2: berkas tidak berisi data pegawai\n");
    assertThat(positionOfDewi()).isEqualTo("Analis Kependudukan");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private String printed() {
    return output.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  private String positionOfDewi() {
    return jdbc.queryForObject("select position from employee where nip = ?", String.class, DEWI);
  }
}
