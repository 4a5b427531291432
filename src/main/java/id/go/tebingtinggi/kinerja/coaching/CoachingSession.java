package id.go.tebingtinggi.kinerja.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One coaching session (dialog kinerja) as the atasan recorded it, with the employee's note. */
@Entity
@Table(name = "coaching_session")
public class CoachingSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "coaching_id", nullable = false)
  private Coaching coaching;

  @Column(name = "session_number", nullable = false)
  private int number;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false, length = 2000)
  private String topics;

  @Column(nullable = false, length = 2000)
  private String agreements;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "employee_note", length = 2000)
  private String employeeNote;

  @Column(name = "noted_at")
  private Instant notedAt;

  protected CoachingSession() {
  }

  CoachingSession(Coaching coaching, int number, LocalDate heldOn, String topics, String agreements, String actor) {
    this.coaching = coaching;
    this.number = number;
    this.heldOn = heldOn;
    this.topics = topics;
    this.agreements = agreements;
    this.recordedAt = Instant.now();
    this.recordedBy = actor;
  }

  boolean isNoted() {
    return notedAt != null;
  }

  void note(String text) {
    this.employeeNote = text;
    this.notedAt = Instant.now();
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getTopics() {
    return topics;
  }

  public String getAgreements() {
    return agreements;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getEmployeeNote() {
    return employeeNote;
  }
}
