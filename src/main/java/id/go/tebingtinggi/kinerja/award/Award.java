package id.go.tebingtinggi.kinerja.award;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An award for one review, with its certificate number (unique within the year). */
@Entity
@Table(name = "award")
public class Award {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "review_id", nullable = false)
  private PerformanceReview review;

  @Column(name = "award_year", nullable = false)
  private int year;

  @Column(name = "sequence_number", nullable = false)
  private int sequenceNumber;

  @Column(name = "certificate_number", nullable = false, length = 60)
  private String certificateNumber;

  @Column(nullable = false, length = 100)
  private String category;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  @Column(name = "handed_over_at")
  private LocalDate handedOverAt;

  @Column(name = "handed_over_by", length = 64)
  private String handedOverBy;

  @Column(name = "priority_nomination_id")
  private Long priorityNominationId;

  protected Award() {
  }

  Award(PerformanceReview review, String category, int sequenceNumber) {
    this.review = review;
    this.year = review.getYear();
    this.sequenceNumber = sequenceNumber;
    this.certificateNumber = certificateNumber(year, sequenceNumber);
    this.category = category;
    this.grantedAt = Instant.now();
  }

  /** Letter numbering of the city: 800.1.6 is the classification code of staff awards. */
  static String certificateNumber(int year, int sequence) {
    return String.format("800.1.6/%04d/BKPSDM/%d", sequence, year);
  }

  public void handOver(LocalDate date, LocalDate today, String actor) {
    if (handedOverAt != null) {
      throw new DomainRuleViolation("Penghargaan " + certificateNumber + " sudah diserahkan pada " + handedOverAt);
    }
    if (date == null) {
      throw new DomainRuleViolation("Tanggal penyerahan wajib diisi");
    }
    if (date.isBefore(grantedAt.atZone(ReviewCalendar.ZONE).toLocalDate())) {
      throw new DomainRuleViolation("Tanggal penyerahan tidak boleh sebelum penghargaan ditetapkan");
    }
    if (date.isAfter(today)) {
      throw new DomainRuleViolation("Tanggal penyerahan tidak boleh di masa depan: catat penyerahan setelah terjadi");
    }
    this.handedOverAt = date;
    this.handedOverBy = actor;
  }

  public boolean hasUnusedTrainingPriority() {
    return priorityNominationId == null;
  }

  /** The award's priority goes to one training nomination, the holder's next one. */
  public void useTrainingPriorityFor(Long nominationId) {
    if (priorityNominationId != null) {
      throw new DomainRuleViolation("Prioritas pelatihan dari penghargaan " + certificateNumber + " sudah dipakai");
    }
    this.priorityNominationId = nominationId;
  }

  public Long getPriorityNominationId() {
    return priorityNominationId;
  }

  public Long getId() {
    return id;
  }

  public PerformanceReview getReview() {
    return review;
  }

  public int getYear() {
    return year;
  }

  public String getCertificateNumber() {
    return certificateNumber;
  }

  public String getCategory() {
    return category;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public LocalDate getHandedOverAt() {
    return handedOverAt;
  }

  public String getHandedOverBy() {
    return handedOverBy;
  }
}
