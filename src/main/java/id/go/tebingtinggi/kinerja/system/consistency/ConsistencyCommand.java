package id.go.tebingtinggi.kinerja.system.consistency;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar kinerja-asn.jar --check-consistency} prints every mismatch between the engine and the
 * domain and exits (0 none, 1 some).
 */
@Component
class ConsistencyCommand implements ApplicationRunner, ExitCodeGenerator {

  static final String OPTION = "check-consistency";

  private final ConsistencyChecker checker;
  private final ConfigurableApplicationContext context;
  private int exitCode;

  ConsistencyCommand(ConsistencyChecker checker, ConfigurableApplicationContext context) {
    this.checker = checker;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.containsOption(OPTION)) {
      return;
    }
    List<Mismatch> mismatches = checker.check();
    mismatches.forEach(m -> System.out.println(m.kind() + " " + m.businessKey() + ": " + m.description()));
    System.out.println(mismatches.size() + " ketidaksesuaian antara mesin proses dan basis data domain");
    exitCode = mismatches.isEmpty() ? 0 : 1;
    System.exit(SpringApplication.exit(context, this));
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
