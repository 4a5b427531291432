package id.go.tebingtinggi.kinerja.meeting;

import id.go.tebingtinggi.kinerja.common.NotFound;
import id.go.tebingtinggi.kinerja.cycle.CycleService;
import id.go.tebingtinggi.kinerja.cycle.UnitCycle;
import id.go.tebingtinggi.kinerja.cycle.UnitCycleRepository;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.organisation.EmployeeRepository;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.PerformanceReviewRepository;
import id.go.tebingtinggi.kinerja.review.Predikat;
import id.go.tebingtinggi.kinerja.review.ReviewStatus;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of a unit's evaluation meetings for those who may read it: the unit's head, BKPSDM and the
 * administrators. Anyone else is told the meeting does not exist, so that its existence does not leak either.
 */
@Service
@Transactional(readOnly = true)
public class MeetingReports {

  private final EvaluationMeetingRepository meetings;
  private final PerformanceReviewRepository reviews;
  private final UnitCycleRepository cycleKeys;
  private final CycleService cycles;
  private final EmployeeRepository employees;

  MeetingReports(EvaluationMeetingRepository meetings, PerformanceReviewRepository reviews,
                 UnitCycleRepository cycleKeys, CycleService cycles, EmployeeRepository employees) {
    this.meetings = meetings;
    this.reviews = reviews;
    this.cycleKeys = cycleKeys;
    this.cycles = cycles;
    this.employees = employees;
  }

  public MeetingReport report(Long meetingId, Viewer viewer) {
    EvaluationMeeting meeting = meetings.findById(meetingId).filter(m -> mayRead(cycles.get(m.getCycleId()), viewer))
        .orElseThrow(() -> new NotFound("Rapat " + meetingId + " tidak ditemukan"));
    UnitCycle cycle = cycles.get(meeting.getCycleId());
    List<PerformanceReview> unitReviews = reviews.findByCycle(cycle.getId());
    Map<Long, PerformanceReview> byId = unitReviews.stream()
        .collect(Collectors.toMap(PerformanceReview::getId, Function.identity()));
    List<MeetingReport.Decision> decisions = meeting.getDecisions().stream()
        .map(decision -> {
          PerformanceReview review = byId.get(decision.getReviewId());
          Employee employee = review.getEmployee();
          return new MeetingReport.Decision(employee.getName(), employee.getNip().value(), employee.getPosition(),
              review.getPredikat(), decision.getRecommended(), decision.getDecided(), decision.getReason());
        })
        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
        .toList();
    Map<Predikat, Long> distribution = distributionWhenRecorded(meeting, unitReviews);
    List<String> attendees = Arrays.stream(meeting.getAttendees().split("\\R"))
        .map(String::strip).filter(line -> !line.isEmpty()).toList();
    return new MeetingReport(meeting.getId(), meeting.getSequenceNumber(), cycle.getBusinessKey(),
        cycle.getUnit().getName(), cycle.period().label(), meeting.getMeetingDate(), attendees, meeting.getMinutes(),
        DistributionGuide.assess(meeting.getUnitResult(), distribution), DistributionGuide.shares(distribution),
        meeting.getDistributionJustification(), decisions, person(meeting.getHeldBy()), meeting.getRecordedAt());
  }

  public CycleMeetings meetingsOf(String cycleKey, Viewer viewer) {
    UnitCycle cycle = cycleKeys.findByBusinessKey(cycleKey).filter(c -> mayRead(c, viewer))
        .orElseThrow(() -> new NotFound("Siklus " + cycleKey + " tidak ditemukan"));
    List<CycleMeetings.Meeting> held = meetings.findByCycleIdOrderBySequenceNumber(cycle.getId()).stream()
        .map(meeting -> new CycleMeetings.Meeting(meeting.getId(), meeting.getSequenceNumber(),
            meeting.isSupplementary(), meeting.getMeetingDate(), meeting.getUnitResult(),
            meeting.getDecisions().size(), meeting.getHeldBy()))
        .toList();
    return new CycleMeetings(cycle.getBusinessKey(), cycle.getUnit().getCode(), cycle.getUnit().getName(),
        cycle.period().label(), held);
  }

  /** The meeting recorded in a task, if the viewer may read it; a task is completed only with its meeting. */
  public Optional<Long> meetingOfTask(String taskId, Viewer viewer) {
    return meetings.findByTaskId(taskId).filter(meeting -> mayRead(cycles.get(meeting.getCycleId()), viewer))
        .map(EvaluationMeeting::getId);
  }

  /** A login as a person: the employee's name and NIP, or the bare login for users outside the roster. */
  public MeetingReport.Person person(String login) {
    return employees.findByLoginId(login)
        .map(e -> new MeetingReport.Person(e.getName(), e.getNip().value(), e.getPosition()))
        .orElse(new MeetingReport.Person(login, "", ""));
  }

  private static boolean mayRead(UnitCycle cycle, Viewer viewer) {
    Employee head = cycle.getUnit().getHead();
    return viewer.seesEveryUnit() || head != null && head.getLoginId().equals(viewer.login());
  }

  /**
   * The unit's predikat as they stood when the meeting was recorded: a supplementary meeting later adds the
   * reviews that were still pending, and a report printed afterwards must not show them in this meeting.
   */
  private static Map<Predikat, Long> distributionWhenRecorded(EvaluationMeeting meeting,
                                                              List<PerformanceReview> unitReviews) {
    Map<Predikat, Long> distribution = new EnumMap<>(Predikat.class);
    unitReviews.stream()
        .filter(review -> review.getStatus() != ReviewStatus.WITHDRAWN && review.getPredikat() != null)
        .filter(review -> review.getPredikatAt() != null && !review.getPredikatAt().isAfter(meeting.getRecordedAt()))
        .forEach(review -> distribution.merge(review.getPredikat(), 1L, Long::sum));
    return distribution;
  }
}
