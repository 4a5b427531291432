package id.go.tebingtinggi.kinerja.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A completed training on the employee's competency history. It copies the training's title, competency and
 * hours as they were, so a later change to the catalogue does not rewrite anyone's history.
 */
@Entity
@Table(name = "competency_record")
public class CompetencyRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "employee_id", nullable = false)
  private Long employeeId;

  @Column(name = "nomination_id", nullable = false, unique = true)
  private Long nominationId;

  @Column(name = "training_id", nullable = false)
  private Long trainingId;

  @Column(name = "training_title", nullable = false, length = 200)
  private String trainingTitle;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TrainingKind kind;

  @Column(nullable = false, length = 100)
  private String competency;

  @Column(nullable = false)
  private int hours;

  @Column(name = "certificate_number", nullable = false, length = 100)
  private String certificateNumber;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  protected CompetencyRecord() {
  }

  static CompetencyRecord of(Nomination completed, String actor) {
    CompetencyRecord record = new CompetencyRecord();
    Training training = completed.getTraining();
    record.employeeId = completed.getEmployee().getId();
    record.nominationId = completed.getId();
    record.trainingId = training.getId();
    record.trainingTitle = training.getTitle();
    record.kind = training.getKind();
    record.competency = training.getCompetency();
    record.hours = training.getHours();
    record.certificateNumber = completed.getCertificateNumber();
    record.completedOn = completed.getSession().getEndDate();
    record.recordedAt = Instant.now();
    record.recordedBy = actor;
    return record;
  }

  public Long getId() {
    return id;
  }

  public Long getEmployeeId() {
    return employeeId;
  }

  public Long getNominationId() {
    return nominationId;
  }

  public String getTrainingTitle() {
    return trainingTitle;
  }

  public TrainingKind getKind() {
    return kind;
  }

  public String getCompetency() {
    return competency;
  }

  public int getHours() {
    return hours;
  }

  public String getCertificateNumber() {
    return certificateNumber;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }
}
