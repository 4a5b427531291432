package id.go.tebingtinggi.kinerja.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One evaluation meeting of a unit's quarter: the regular one (1) or a supplementary one (2, 3, …). */
@Entity
@Table(name = "evaluation_meeting")
public class EvaluationMeeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_id", nullable = false)
  private Long cycleId;

  @Column(name = "sequence_number", nullable = false)
  private int sequenceNumber;

  @Column(name = "task_id", nullable = false, length = 64)
  private String taskId;

  @Column(name = "meeting_date", nullable = false)
  private LocalDate meetingDate;

  @Column(nullable = false, length = 20000)
  private String minutes;

  @Column(nullable = false, length = 4000)
  private String attendees;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_result", nullable = false, length = 20)
  private UnitResult unitResult;

  @Column(name = "distribution_justification", length = 4000)
  private String distributionJustification;

  @Column(name = "held_by", nullable = false, length = 64)
  private String heldBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
  private List<MeetingDecision> decisions = new ArrayList<>();

  protected EvaluationMeeting() {
  }

  EvaluationMeeting(Long cycleId, int sequenceNumber, String taskId, LocalDate meetingDate, String minutes,
                    String attendees, UnitResult unitResult, String distributionJustification, String heldBy) {
    this.cycleId = cycleId;
    this.sequenceNumber = sequenceNumber;
    this.taskId = taskId;
    this.meetingDate = meetingDate;
    this.minutes = minutes;
    this.attendees = attendees;
    this.unitResult = unitResult;
    this.distributionJustification = distributionJustification;
    this.heldBy = heldBy;
    this.recordedAt = Instant.now();
  }

  void decide(Long reviewId, id.go.tebingtinggi.kinerja.review.FollowUp recommended,
              id.go.tebingtinggi.kinerja.review.FollowUp decided, String reason) {
    decisions.add(new MeetingDecision(this, reviewId, recommended, decided, reason));
  }

  public boolean isSupplementary() {
    return sequenceNumber > 1;
  }

  public Long getId() {
    return id;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public int getSequenceNumber() {
    return sequenceNumber;
  }

  public String getTaskId() {
    return taskId;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public String getMinutes() {
    return minutes;
  }

  public String getAttendees() {
    return attendees;
  }

  public UnitResult getUnitResult() {
    return unitResult;
  }

  public String getDistributionJustification() {
    return distributionJustification;
  }

  public String getHeldBy() {
    return heldBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public List<MeetingDecision> getDecisions() {
    return List.copyOf(decisions);
  }
}
