package id.go.tebingtinggi.kinerja.system;

import id.go.tebingtinggi.kinerja.organisation.EmployeeRepository;
import id.go.tebingtinggi.kinerja.organisation.roster.RosterImportReport;
import id.go.tebingtinggi.kinerja.organisation.roster.RosterImportService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo roster of Tebing Tinggi (about 60 employees in the real units) through the ordinary roster
 * import, once, into an empty database. Switched on by {@code kinerja.demo.enabled}, which only the default
 * profile sets.
 */
@Component
@ConditionalOnProperty(name = "kinerja.demo.enabled", havingValue = "true")
class DemoData {

  static final String ROSTER = "demo/roster.csv";
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final RosterImportService rosterImport;
  private final EmployeeRepository employees;

  DemoData(RosterImportService rosterImport, EmployeeRepository employees) {
    this.rosterImport = rosterImport;
    this.employees = employees;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void loadRosterIntoEmptyDatabase() throws IOException {
    if (employees.count() > 0) {
      return;
    }
    try (InputStream in = new ClassPathResource(ROSTER).getInputStream()) {
      RosterImportReport report = rosterImport.importCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      log.info("Demo roster loaded: {}", report.summary());
    }
  }
}
