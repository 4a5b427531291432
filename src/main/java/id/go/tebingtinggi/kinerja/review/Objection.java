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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An employee's objection (keberatan) to the ratings, decided by the assessor's own superior. */
@Entity
@Table(name = "review_objection")
public class Objection {

  public enum Decision { DITOLAK, DIUBAH }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "review_id", nullable = false)
  private PerformanceReview review;

  @Column(nullable = false, length = 4000)
  private String reason;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Column(name = "filed_by", length = 64)
  private String filedBy;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Decision decision;

  @Column(name = "decision_reason", length = 4000)
  private String decisionReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "previous_hasil_kerja", nullable = false, length = 30)
  private Rating previousHasilKerja;

  @Enumerated(EnumType.STRING)
  @Column(name = "previous_perilaku_kerja", nullable = false, length = 30)
  private Rating previousPerilakuKerja;

  @Enumerated(EnumType.STRING)
  @Column(name = "previous_predikat", nullable = false, length = 20)
  private Predikat previousPredikat;

  @Enumerated(EnumType.STRING)
  @Column(name = "new_hasil_kerja", length = 30)
  private Rating newHasilKerja;

  @Enumerated(EnumType.STRING)
  @Column(name = "new_perilaku_kerja", length = 30)
  private Rating newPerilakuKerja;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  protected Objection() {
  }

  Objection(PerformanceReview review, String reason, String filedBy) {
    this.review = review;
    this.reason = reason;
    this.filedBy = filedBy;
    this.filedAt = Instant.now();
    this.previousHasilKerja = review.getRatingHasilKerja();
    this.previousPerilakuKerja = review.getRatingPerilakuKerja();
    this.previousPredikat = review.getPredikat();
  }

  void decide(Decision outcome, Rating hasilKerja, Rating perilakuKerja, String why, String actor) {
    this.decision = outcome;
    this.newHasilKerja = hasilKerja;
    this.newPerilakuKerja = perilakuKerja;
    this.decisionReason = why;
    this.decidedBy = actor;
    this.decidedAt = Instant.now();
  }

  public boolean isDecided() {
    return decision != null;
  }

  public String getReason() {
    return reason;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public Rating getPreviousHasilKerja() {
    return previousHasilKerja;
  }

  public Rating getPreviousPerilakuKerja() {
    return previousPerilakuKerja;
  }

  public Predikat getPreviousPredikat() {
    return previousPredikat;
  }

  public Rating getNewHasilKerja() {
    return newHasilKerja;
  }

  public Rating getNewPerilakuKerja() {
    return newPerilakuKerja;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
