package id.go.tebingtinggi.kinerja.system.consistency;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The consistency check for BKPSDM and administrators. */
@RestController
@PreAuthorize("hasAnyRole('bkpsdm', 'camunda-admin')")
class ConsistencyController {

  private final ConsistencyChecker checker;

  ConsistencyController(ConsistencyChecker checker) {
    this.checker = checker;
  }

  @GetMapping("/api/consistency")
  Map<String, Object> check() {
    List<Mismatch> mismatches = checker.check();
    return Map.of("jumlahKetidaksesuaian", mismatches.size(), "ketidaksesuaian", mismatches);
  }
}
