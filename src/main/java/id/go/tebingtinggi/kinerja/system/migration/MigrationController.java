package id.go.tebingtinggi.kinerja.system.migration;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators migrate running instances to another version: a dry run (the default) answers 200 with what
 * would fail; a real run answers 200 when the instances moved or a batch started, 409 when nothing was migrated.
 */
@RestController
@RequestMapping("/api/admin/migrations")
@PreAuthorize("hasRole('camunda-admin')")
class MigrationController {

  private final ProcessMigrationService migrations;

  MigrationController(ProcessMigrationService migrations) {
    this.migrations = migrations;
  }

  @PostMapping
  ResponseEntity<MigrationReport> migrate(@RequestBody MigrationRequest request) {
    MigrationReport report = migrations.migrate(request);
    HttpStatus status = report.outcome() == MigrationReport.Outcome.REFUSED ? HttpStatus.CONFLICT : HttpStatus.OK;
    return ResponseEntity.status(status).body(report);
  }
}
