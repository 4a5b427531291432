package id.go.tebingtinggi.kinerja.cycle.process;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.cycle.CycleService;
import id.go.tebingtinggi.kinerja.cycle.UnitCycle;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.PerformanceReviewRepository;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import java.security.Principal;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * BKPSDM keeps an open quarter in step with the roster: an employee who joins the unit gets a review in the
 * unit's cycle; one who leaves has their review closed as withdrawn, with the reason, and the unit's meeting no
 * longer waits for it.
 */
@RestController
@PreAuthorize("hasAnyRole('bkpsdm', 'camunda-admin')")
class CycleMembershipController {

  private final CycleService cycles;
  private final StartReviewDelegate reviewStarter;
  private final ReviewService reviewService;
  private final PerformanceReviewRepository reviews;
  private final RuntimeService runtimeService;

  CycleMembershipController(CycleService cycles, StartReviewDelegate reviewStarter, ReviewService reviewService,
                            PerformanceReviewRepository reviews, RuntimeService runtimeService) {
    this.cycles = cycles;
    this.reviewStarter = reviewStarter;
    this.reviewService = reviewService;
    this.reviews = reviews;
    this.runtimeService = runtimeService;
  }

  record Joiner(String nip) {
  }

  record Withdrawal(String reason) {
  }

  @PostMapping("/api/cycles/{cycleKey}/employees")
  @Transactional
  Map<String, Object> join(@PathVariable String cycleKey, @RequestBody Joiner joiner) {
    UnitCycle cycle = cycleByKey(cycleKey);
    if (joiner == null || joiner.nip() == null || joiner.nip().isBlank()) {
      throw new DomainRuleViolation("NIP pegawai wajib diisi");
    }
    cycles.checkCanJoin(cycle.getId(), joiner.nip().strip());
    Long reviewId = reviewStarter.startOrAdopt(cycle.getId(), joiner.nip().strip());
    PerformanceReview review = reviews.findById(reviewId).orElseThrow();
    return Map.of("penilaian", review.getBusinessKey(), "pesan", "Penilaian pegawai dibuka dalam siklus " + cycleKey);
  }

  @PostMapping("/api/reviews/{businessKey}/withdraw")
  @Transactional
  Map<String, Object> withdraw(@PathVariable String businessKey, @RequestBody Withdrawal withdrawal,
                               Principal caller) {
    PerformanceReview review = reviews.findByBusinessKey(businessKey)
        .orElseThrow(() -> new id.go.tebingtinggi.kinerja.common.NotFound("Penilaian " + businessKey + " tidak ditemukan"));
    String reason = withdrawal == null ? null : withdrawal.reason();
    reviewService.withdraw(review.getId(), reason, caller.getName());
    if (review.getProcessInstanceId() != null
        && runtimeService.createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId()).count() > 0) {
      runtimeService.deleteProcessInstance(review.getProcessInstanceId(), "Penilaian ditarik: " + reason);
    }
    return Map.of("penilaian", businessKey, "pesan", "Penilaian ditarik");
  }

  private UnitCycle cycleByKey(String key) {
    String[] parts = key.split("-Q");
    int dash = parts[0].lastIndexOf('-');
    if (parts.length != 2 || dash < 0) {
      throw new DomainRuleViolation("Kode siklus '" + key + "' tidak valid: gunakan <kodeUnit>-<tahun>-Q<triwulan>");
    }
    try {
      return cycles.get(parts[0].substring(0, dash), Integer.parseInt(parts[0].substring(dash + 1)),
          Integer.parseInt(parts[1]));
    } catch (NumberFormatException e) {
      throw new DomainRuleViolation("Kode siklus '" + key + "' tidak valid: gunakan <kodeUnit>-<tahun>-Q<triwulan>");
    }
  }
}
