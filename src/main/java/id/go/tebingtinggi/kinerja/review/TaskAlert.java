package id.go.tebingtinggi.kinerja.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder for a late task, or its escalation to the next person up; kept for the adoption dashboard. */
@Entity
@Table(name = "task_alert")
public class TaskAlert {

  public enum Kind { PENGINGAT, ESKALASI }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "review_id", nullable = false)
  private Long reviewId;

  @Column(name = "task_key", nullable = false, length = 100)
  private String taskKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(name = "recipient_login", nullable = false, length = 64)
  private String recipientLogin;

  @Column(name = "task_due_at")
  private Instant taskDueAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TaskAlert() {
  }

  public TaskAlert(Long reviewId, String taskKey, Kind kind, String recipientLogin, Instant taskDueAt) {
    this.reviewId = reviewId;
    this.taskKey = taskKey;
    this.kind = kind;
    this.recipientLogin = recipientLogin;
    this.taskDueAt = taskDueAt;
    this.createdAt = Instant.now();
  }

  public Long getReviewId() {
    return reviewId;
  }

  public String getTaskKey() {
    return taskKey;
  }

  public Kind getKind() {
    return kind;
  }

  public String getRecipientLogin() {
    return recipientLogin;
  }

  public Instant getTaskDueAt() {
    return taskDueAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
