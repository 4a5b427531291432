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
import java.math.BigDecimal;
import java.math.RoundingMode;

/** One indikator kinerja individu of a review: target, realisation, achievement and its category. */
@Entity
@Table(name = "review_indicator")
public class Indicator {

  /** An achievement above this is capped: a realisation of 0 days on a time target must not be infinite. */
  static final BigDecimal MAX_ACHIEVEMENT = new BigDecimal("200.00");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "review_id", nullable = false)
  private PerformanceReview review;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 500)
  private String rhk;

  @Column(nullable = false, length = 500)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Aspect aspect;

  @Column(name = "target_value", nullable = false, precision = 17, scale = 2)
  private BigDecimal target;

  @Column(name = "unit_of_measure", nullable = false, length = 50)
  private String unitOfMeasure;

  @Column(nullable = false)
  private int weight;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private IndicatorKind kind;

  @Column(precision = 17, scale = 2)
  private BigDecimal realisation;

  @Column(length = 1000)
  private String evidence;

  @Column(precision = 9, scale = 2)
  private BigDecimal achievement;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Rating category;

  protected Indicator() {
  }

  Indicator(PerformanceReview review, IndicatorDraft draft) {
    this.review = review;
    this.position = draft.position();
    revise(draft);
  }

  void revise(IndicatorDraft draft) {
    this.rhk = draft.rhk();
    this.description = draft.description();
    this.aspect = draft.aspect();
    this.target = draft.target();
    this.unitOfMeasure = draft.unitOfMeasure();
    this.weight = draft.weight();
    this.kind = draft.kind();
    this.realisation = null;
    this.evidence = null;
    this.achievement = null;
    this.category = null;
  }

  void recordRealisation(BigDecimal value, String evidenceText) {
    this.realisation = value;
    this.evidence = evidenceText;
    this.achievement = computeAchievement();
    this.category = null;
  }

  /** Realisation ÷ target in percent, inverted where less is better, capped at {@link #MAX_ACHIEVEMENT}. */
  private BigDecimal computeAchievement() {
    BigDecimal percent;
    if (aspect.lessIsBetter()) {
      percent = realisation.signum() == 0
          ? MAX_ACHIEVEMENT
          : target.multiply(BigDecimal.valueOf(100)).divide(realisation, 2, RoundingMode.HALF_UP);
    } else {
      percent = realisation.multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP);
    }
    return percent.min(MAX_ACHIEVEMENT);
  }

  void categorize(Rating rating) {
    if (achievement == null) {
      throw new IllegalStateException("indicator " + position + " has no realisation to categorize");
    }
    this.category = rating;
  }

  IndicatorDraft toDraft() {
    return new IndicatorDraft(position, rhk, description, aspect, target, unitOfMeasure, weight, kind);
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getRhk() {
    return rhk;
  }

  public String getDescription() {
    return description;
  }

  public Aspect getAspect() {
    return aspect;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public String getUnitOfMeasure() {
    return unitOfMeasure;
  }

  public int getWeight() {
    return weight;
  }

  public IndicatorKind getKind() {
    return kind;
  }

  public BigDecimal getRealisation() {
    return realisation;
  }

  public String getEvidence() {
    return evidence;
  }

  public BigDecimal getAchievement() {
    return achievement;
  }

  public Rating getCategory() {
    return category;
  }
}
