package id.go.tebingtinggi.kinerja.meeting;

import id.go.tebingtinggi.kinerja.common.ConcurrentChange;
import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.common.NotFound;
import id.go.tebingtinggi.kinerja.cycle.CycleService;
import id.go.tebingtinggi.kinerja.cycle.UnitCycle;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.PerformanceReviewRepository;
import id.go.tebingtinggi.kinerja.review.Predikat;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import id.go.tebingtinggi.kinerja.review.ReviewStatus;
import id.go.tebingtinggi.kinerja.review.TextRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The evaluation meeting's agenda, its validation and record, and the delivery of its decisions. */
@Service
@Transactional
public class MeetingService {

  private final EvaluationMeetingRepository meetings;
  private final MeetingDecisionRepository decisions;
  private final PerformanceReviewRepository reviews;
  private final CycleService cycles;
  private final Clock clock;

  MeetingService(EvaluationMeetingRepository meetings, MeetingDecisionRepository decisions,
                 PerformanceReviewRepository reviews, CycleService cycles, Clock clock) {
    this.meetings = meetings;
    this.decisions = decisions;
    this.reviews = reviews;
    this.cycles = cycles;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public MeetingAgenda agenda(Long cycleId) {
    UnitCycle cycle = cycles.get(cycleId);
    List<MeetingAgenda.Item> items = new ArrayList<>();
    List<MeetingAgenda.Pending> pending = new ArrayList<>();
    Map<Predikat, Long> distribution = new EnumMap<>(Predikat.class);
    Set<Long> decidedAlready = decisions.findDecidedReviewIdsOfCycle(cycleId);
    for (PerformanceReview review : reviews.findByCycle(cycleId)) {
      if (review.getPredikat() != null && review.getStatus() != ReviewStatus.WITHDRAWN) {
        distribution.merge(review.getPredikat(), 1L, Long::sum);
      }
      if (review.getStatus() == ReviewStatus.READY_FOR_MEETING && !decidedAlready.contains(review.getId())) {
        items.add(new MeetingAgenda.Item(review.getId(), review.getEmployee().getNip().value(),
            review.getEmployee().getName(), review.getEmployee().getPosition(), review.getPredikat(),
            review.getRecommendedFollowUp()));
      } else if (review.isPendingForMeeting()) {
        pending.add(new MeetingAgenda.Pending(review.getId(), review.getEmployee().getNip().value(),
            review.getEmployee().getName(), review.getStatus().label()));
      }
    }
    return new MeetingAgenda(cycleId, cycle.getBusinessKey(), cycle.getUnit().getName(), cycle.period().label(),
        meetings.countByCycleId(cycleId) > 0, items, pending, distribution);
  }

  /**
   * Records the meeting held in task {@code taskId}: every review on the agenda decided once, a reason where the
   * decision differs from the recommendation, the meeting date not in the future, and a justification when the
   * unit's distribution falls outside its guide. Anything missing refuses the whole record.
   */
  public EvaluationMeeting hold(Long cycleId, String taskId, MeetingInput input, String actor) {
    if (meetings.findByTaskId(taskId).isPresent()) {
      throw new DomainRuleViolation("Rapat untuk tugas ini sudah dicatat");
    }
    MeetingAgenda agenda = agenda(cycleId);
    UnitCycle cycle = cycles.get(cycleId);
    List<String> problems = new ArrayList<>();
    LocalDate today = LocalDate.now(clock.withZone(ReviewCalendar.ZONE));
    if (input.meetingDate() == null) {
      problems.add("Tanggal rapat wajib diisi");
    } else if (input.meetingDate().isAfter(today)) {
      problems.add("Tanggal rapat tidak boleh di masa depan");
    } else if (input.meetingDate().isBefore(cycle.period().firstDay())) {
      problems.add("Tanggal rapat tidak boleh sebelum " + cycle.period().label() + " dimulai");
    }
    String minutes = TextRules.check("Notulen rapat", input.minutes(), 20000, true, problems);
    String attendees = TextRules.check("Peserta rapat", input.attendees(), 4000, true, problems);
    if (input.unitResult() == null) {
      problems.add("Predikat kinerja organisasi (hasil unit) wajib dipilih");
    }
    String justification = TextRules.check("Justifikasi distribusi", input.distributionJustification(), 4000, false,
        problems);
    if (input.unitResult() != null && !DistributionGuide.deviations(input.unitResult(), agenda.distribution()).isEmpty()
        && justification.isEmpty()) {
      problems.add("Distribusi predikat unit berada di luar kurva " + input.unitResult().label()
          + ": tuliskan justifikasi untuk mempertahankan keputusan");
    }
    Map<Long, MeetingAgenda.Item> onAgenda = new HashMap<>();
    agenda.items().forEach(item -> onAgenda.put(item.reviewId(), item));
    Set<Long> decided = new HashSet<>();
    List<MeetingInput.Decision> given = input.decisions() == null ? List.of() : input.decisions();
    for (MeetingInput.Decision decision : given) {
      MeetingAgenda.Item item = onAgenda.get(decision.reviewId());
      if (item == null) {
        problems.add("Penilaian " + decision.reviewId() + " tidak ada dalam agenda rapat ini");
        continue;
      }
      if (!decided.add(decision.reviewId())) {
        problems.add(item.name() + ": diputuskan lebih dari sekali");
        continue;
      }
      if (decision.followUp() == null) {
        problems.add(item.name() + ": keputusan tindak lanjut wajib dipilih");
      } else if (decision.followUp() != item.recommended()) {
        TextRules.check(item.name() + ": alasan keputusan yang berbeda dari rekomendasi", decision.reason(), 2000,
            true, problems);
      } else {
        TextRules.check(item.name() + ": alasan", decision.reason(), 2000, false, problems);
      }
    }
    onAgenda.values().stream().filter(item -> !decided.contains(item.reviewId()))
        .forEach(item -> problems.add(item.name() + ": belum diputuskan"));
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    EvaluationMeeting meeting = new EvaluationMeeting(cycleId, (int) meetings.countByCycleId(cycleId) + 1, taskId,
        input.meetingDate(), minutes, attendees, input.unitResult(), justification.isEmpty() ? null : justification,
        actor);
    for (MeetingInput.Decision decision : given) {
      String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
      meeting.decide(decision.reviewId(), onAgenda.get(decision.reviewId()).recommended(), decision.followUp(), reason);
    }
    try {
      return meetings.saveAndFlush(meeting);
    } catch (DataIntegrityViolationException concurrentRecord) {
      throw new ConcurrentChange("Rapat untuk tugas ini baru saja dicatat oleh pengguna lain; keputusan Anda tidak "
          + "disimpan. Buka laporan rapat untuk melihat keputusan yang tercatat");
    }
  }

  @Transactional(readOnly = true)
  public EvaluationMeeting meetingOfTask(String taskId) {
    return meetings.findByTaskId(taskId)
        .orElseThrow(() -> new DomainRuleViolation("Keputusan rapat belum dicatat: buka halaman rapat dari tugas ini, "
            + "putuskan setiap pegawai, lalu simpan"));
  }

  @Transactional(readOnly = true)
  public List<Long> undeliveredDecisionIds(Long meetingId) {
    return decisions.findUndeliveredIds(meetingId);
  }

  /**
   * The decision to deliver, marked delivered and recorded on the review in the caller's transaction; empty when it
   * already was. The review is decided from this moment, not only once its own process has recorded the decision
   * (its next step, a job of its own), so the cycle's check that follows the delivery cannot mistake it for a review
   * still waiting for a meeting and call a supplementary one.
   */
  public java.util.Optional<Delivery> deliver(Long decisionId) {
    MeetingDecision decision = decisions.findById(decisionId)
        .orElseThrow(() -> new NotFound("Keputusan rapat " + decisionId + " tidak ditemukan"));
    if (!decision.markDelivered()) {
      return java.util.Optional.empty();
    }
    PerformanceReview review = reviews.findById(decision.getReviewId()).orElseThrow();
    review.recordMeetingDecision(decision.getDecided());
    return java.util.Optional.of(new Delivery(review.getBusinessKey(), decision.getDecided().name()));
  }

  @Transactional(readOnly = true)
  public List<EvaluationMeeting> meetingsOf(Long cycleId) {
    return meetings.findByCycleIdOrderBySequenceNumber(cycleId);
  }

  /** A decision to hand to the review with this business key. */
  public record Delivery(String reviewBusinessKey, String followUp) {
  }
}
