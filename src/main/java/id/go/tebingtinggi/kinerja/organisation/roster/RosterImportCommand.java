package id.go.tebingtinggi.kinerja.organisation.roster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Command-line import: {@code java -jar kinerja-asn.jar --import-roster=roster.csv} applies the file, prints the
 * report or every refused line, and exits (0 applied, 1 refused).
 */
@Component
class RosterImportCommand implements ApplicationRunner, ExitCodeGenerator {

  static final String OPTION = "import-roster";

  private final RosterImportService rosterImport;
  private final ConfigurableApplicationContext context;
  private int exitCode;

  RosterImportCommand(RosterImportService rosterImport, ConfigurableApplicationContext context) {
    this.rosterImport = rosterImport;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    List<String> files = args.getOptionValues(OPTION);
    if (files == null) {
      return;
    }
    for (String file : files) {
      try {
        RosterImportReport report = rosterImport.importCsv(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        System.out.println("Roster " + file + " diterapkan: " + report.summary());
      } catch (IOException e) {
        exitCode = 1;
        System.out.println("Berkas " + file + " tidak dapat dibaca: " + e.getMessage());
      } catch (RosterRejected e) {
        exitCode = 1;
        System.out.println("Roster " + file + " ditolak, tidak ada yang diubah:");
        e.problems().forEach(problem -> System.out.println("  " + problem));
      }
    }
    System.exit(SpringApplication.exit(context, this));
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
