package id.go.tebingtinggi.kinerja.competency;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The training catalogue: everyone signed in reads it; BKPSDM adds and changes trainings and sessions and sees
 * each session's participants and waiting list.
 */
@RestController
@RequestMapping("/api/pelatihan")
class CatalogueController {

  private static final String BKPSDM = "hasAnyRole('bkpsdm', 'camunda-admin')";

  private final TrainingCatalogue catalogue;
  private final NominationService nominations;

  CatalogueController(TrainingCatalogue catalogue, NominationService nominations) {
    this.catalogue = catalogue;
    this.nominations = nominations;
  }

  @GetMapping
  List<TrainingView> trainings(@RequestParam(name = "semua", defaultValue = "false") boolean all) {
    return catalogue.trainings(!all).stream().map(TrainingView::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(BKPSDM)
  TrainingView addTraining(@RequestBody TrainingInput input, Principal caller) {
    return TrainingView.of(catalogue.addTraining(input, caller.getName()));
  }

  @PutMapping("/{trainingId}")
  @PreAuthorize(BKPSDM)
  TrainingView changeTraining(@PathVariable Long trainingId, @RequestBody TrainingInput input, Principal caller) {
    return TrainingView.of(catalogue.changeTraining(trainingId, input, caller.getName()));
  }

  @GetMapping("/{trainingId}/sesi")
  List<SessionView> sessions(@PathVariable Long trainingId) {
    return catalogue.sessionsOf(trainingId).stream().map(SessionView::of).toList();
  }

  @PostMapping("/{trainingId}/sesi")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(BKPSDM)
  @Transactional
  public SessionView scheduleSession(@PathVariable Long trainingId, @RequestBody SessionInput input, Principal caller) {
    return SessionView.of(catalogue.scheduleSession(trainingId, input, caller.getName()));
  }

  /** Reschedules or resizes a session; a larger capacity gives its new places to the waiting list at once. */
  @PutMapping("/sesi/{sessionId}")
  @PreAuthorize(BKPSDM)
  @Transactional
  public SessionView changeSession(@PathVariable Long sessionId, @RequestBody SessionInput input, Principal caller) {
    return SessionView.of(nominations.changeSession(sessionId, input, caller.getName()));
  }

  @GetMapping("/sesi/{sessionId}/peserta")
  @PreAuthorize(BKPSDM)
  @Transactional(readOnly = true)
  public SessionRoster roster(@PathVariable Long sessionId) {
    TrainingSession session = catalogue.session(sessionId);
    return new SessionRoster(SessionView.of(session),
        catalogue.participants(sessionId).stream().map(NominationView::of).toList(),
        nominations.waitingList(sessionId).stream().map(NominationView::of).toList());
  }

  record TrainingView(Long id, String code, String title, TrainingKind kind, String kindLabel, String competency,
                      int hours, boolean active) {
    static TrainingView of(Training t) {
      return new TrainingView(t.getId(), t.getCode(), t.getTitle(), t.getKind(), t.getKind().label(),
          t.getCompetency(), t.getHours(), t.isActive());
    }
  }

  record SessionView(Long id, Long trainingId, String trainingTitle, LocalDate startDate, LocalDate endDate,
                     String place, int capacity, int seatsTaken, int freeSeats) {
    static SessionView of(TrainingSession s) {
      return new SessionView(s.getId(), s.getTraining().getId(), s.getTraining().getTitle(), s.getStartDate(),
          s.getEndDate(), s.getPlace(), s.getCapacity(), s.getSeatsTaken(), s.freeSeats());
    }
  }

  record NominationView(Long id, String nip, String name, NominationSource source, boolean priority,
                        NominationStatus status, String statusLabel) {
    static NominationView of(Nomination n) {
      return new NominationView(n.getId(), n.getEmployee().getNip().value(), n.getEmployee().getName(),
          n.getSource(), n.isPriority(), n.getStatus(), n.getStatus().label());
    }
  }

  record SessionRoster(SessionView session, List<NominationView> participants, List<NominationView> waitingList) {
  }
}
