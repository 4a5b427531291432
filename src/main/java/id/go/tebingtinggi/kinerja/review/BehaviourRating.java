package id.go.tebingtinggi.kinerja.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The atasan's rating of one BerAKHLAK value. */
@Entity
@Table(name = "behaviour_rating")
public class BehaviourRating {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "review_id", nullable = false)
  private PerformanceReview review;

  @Enumerated(EnumType.STRING)
  @Column(name = "core_value", nullable = false, length = 40)
  private CoreValue coreValue;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Rating rating;

  protected BehaviourRating() {
  }

  BehaviourRating(PerformanceReview review, CoreValue coreValue, Rating rating) {
    this.review = review;
    this.coreValue = coreValue;
    this.rating = rating;
  }

  void change(Rating newRating) {
    this.rating = newRating;
  }

  public CoreValue getCoreValue() {
    return coreValue;
  }

  public Rating getRating() {
    return rating;
  }
}
