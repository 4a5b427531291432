package id.go.tebingtinggi.kinerja.competency;

import id.go.tebingtinggi.kinerja.identity.Roles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The competency history (employee, atasan, BKPSDM) and BKPSDM's cancellation of a nomination. */
@RestController
@RequestMapping("/api/kompetensi")
class NominationController {

  private final NominationService nominations;
  private final CompetencyHistoryService histories;

  NominationController(NominationService nominations, CompetencyHistoryService histories) {
    this.nominations = nominations;
    this.histories = histories;
  }

  @GetMapping("/riwayat/{nip}")
  HistoryView history(@PathVariable String nip, Authentication caller) {
    boolean bkpsdm = caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.BKPSDM)
        || a.getAuthority().equals("ROLE_" + Roles.ADMIN));
    CompetencyHistory history = histories.historyOf(nip, caller.getName(), bkpsdm);
    return new HistoryView(history.nip(), history.name(), history.totalHours(), history.hoursPerCompetency(),
        history.trainings().stream().map(r -> new RecordView(r.getTrainingTitle(), r.getKind(), r.getCompetency(),
            r.getHours(), r.getCertificateNumber(), r.getCompletedOn())).toList());
  }

  /** Cancels a nomination; a place it held goes to the next on the session's waiting list. */
  @PostMapping("/usulan/{nominationId}/pembatalan")
  @PreAuthorize("hasAnyRole('bkpsdm', 'camunda-admin')")
  @Transactional
  public Map<String, Object> cancel(@PathVariable Long nominationId, @RequestBody CancellationRequest request,
                                    Authentication caller) {
    nominations.cancel(nominationId, request == null ? null : request.reason(), caller.getName());
    return Map.of("usulanId", nominationId, "pesan", "Usulan pelatihan dibatalkan");
  }

  record CancellationRequest(String reason) {
  }

  record RecordView(String training, TrainingKind kind, String competency, int hours, String certificateNumber,
                    LocalDate completedOn) {
  }

  record HistoryView(String nip, String name, int totalHours, Map<String, Integer> hoursPerCompetency,
                     List<RecordView> trainings) {
  }
}
