package id.go.tebingtinggi.kinerja.organisation.roster;

import java.io.IOException;
import java.io.PrintStream;
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
  public void run(ApplicationArguments args) {
    List<String> files = args.getOptionValues(OPTION);
    if (files == null) {
      return;
    }
    exitCode = importFiles(files, System.out);
    System.exit(SpringApplication.exit(context, this));
  }

  /** Applies each file in turn and writes what happened to {@code out}; returns the process exit code. */
  int importFiles(List<String> files, PrintStream out) {
    int result = 0;
    for (String file : files) {
      try {
        RosterImportReport report = rosterImport.importCsv(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        out.println("Roster " + file + " diterapkan: " + report.summary());
      } catch (IOException e) {
        result = 1;
        out.println("Berkas " + file + " tidak dapat dibaca: " + e.getMessage());
      } catch (RosterRejected e) {
        result = 1;
        out.println("Roster " + file + " ditolak, tidak ada yang diubah:");
        e.problems().forEach(problem -> out.println("  " + problem));
      }
    }
    return result;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
