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
import java.time.LocalDate;

/** An action agreed in the coaching plan, with its due date. */
@Entity
@Table(name = "coaching_action")
public class CoachingAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "coaching_id", nullable = false)
  private Coaching coaching;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 1000)
  private String description;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  protected CoachingAction() {
  }

  CoachingAction(Coaching coaching, int position, String description, LocalDate dueDate) {
    this.coaching = coaching;
    this.position = position;
    this.description = description;
    this.dueDate = dueDate;
  }

  void revise(String newDescription, LocalDate newDueDate) {
    this.description = newDescription;
    this.dueDate = newDueDate;
  }

  public int getPosition() {
    return position;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }
}
