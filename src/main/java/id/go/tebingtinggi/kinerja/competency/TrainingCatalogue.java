package id.go.tebingtinggi.kinerja.competency;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.common.NotFound;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** BKPSDM's catalogue of trainings and their sessions. */
@Service
@Transactional
public class TrainingCatalogue {

  private final TrainingRepository trainings;
  private final TrainingSessionRepository sessions;
  private final NominationRepository nominations;
  private final Clock clock;

  TrainingCatalogue(TrainingRepository trainings, TrainingSessionRepository sessions, NominationRepository nominations,
                    Clock clock) {
    this.trainings = trainings;
    this.sessions = sessions;
    this.nominations = nominations;
    this.clock = clock;
  }

  public Training addTraining(TrainingInput input, String actor) {
    Training training = Training.create(input, actor);
    trainings.findByCode(training.getCode()).ifPresent(existing -> {
      throw new DomainRuleViolation("Kode pelatihan " + existing.getCode() + " sudah dipakai oleh " + existing.getTitle());
    });
    try {
      return trainings.saveAndFlush(training);
    } catch (DataIntegrityViolationException concurrent) {
      throw new DomainRuleViolation("Kode pelatihan " + training.getCode() + " baru saja dipakai oleh permintaan lain");
    }
  }

  public Training changeTraining(Long trainingId, TrainingInput input, String actor) {
    Training training = training(trainingId);
    training.change(input, actor);
    return training;
  }

  public TrainingSession scheduleSession(Long trainingId, SessionInput input, String actor) {
    return sessions.save(TrainingSession.schedule(training(trainingId), input, today(), actor));
  }

  @Transactional(readOnly = true)
  public List<Training> trainings(boolean activeOnly) {
    return activeOnly ? trainings.findByActiveTrueOrderByTitle() : trainings.findAllByOrderByTitle();
  }

  @Transactional(readOnly = true)
  public Training training(Long trainingId) {
    return trainings.findById(trainingId)
        .orElseThrow(() -> new NotFound("Pelatihan " + trainingId + " tidak ada dalam katalog"));
  }

  @Transactional(readOnly = true)
  public List<TrainingSession> sessionsOf(Long trainingId) {
    training(trainingId);
    return sessions.findByTraining(trainingId);
  }

  @Transactional(readOnly = true)
  public TrainingSession session(Long sessionId) {
    return sessions.findById(sessionId)
        .orElseThrow(() -> new NotFound("Sesi pelatihan " + sessionId + " tidak ditemukan"));
  }

  @Transactional(readOnly = true)
  public List<Nomination> participants(Long sessionId) {
    session(sessionId);
    return nominations.findParticipants(sessionId);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ReviewCalendar.ZONE));
  }
}
