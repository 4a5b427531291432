package id.go.tebingtinggi.kinerja.cycle;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.organisation.Unit;
import id.go.tebingtinggi.kinerja.review.Period;
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
import jakarta.persistence.Version;
import java.time.Instant;

/** One unit's quarter: opened by BKPSDM, closed when every review of the unit has its meeting decision. */
@Entity
@Table(name = "unit_cycle")
public class UnitCycle {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @Column(name = "cycle_year", nullable = false)
  private int year;

  @Column(name = "cycle_quarter", nullable = false)
  private int quarter;

  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CycleStatus status;

  @Column(name = "meeting_deadline", nullable = false)
  private Instant meetingDeadline;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "opened_by", length = 64)
  private String openedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version
  private long version;

  protected UnitCycle() {
  }

  UnitCycle(Unit unit, Period period, Instant meetingDeadline, String openedBy) {
    this.unit = unit;
    this.year = period.year();
    this.quarter = period.quarter();
    this.businessKey = businessKey(unit.getCode(), period);
    this.status = CycleStatus.OPEN;
    this.meetingDeadline = meetingDeadline;
    this.openedAt = Instant.now();
    this.openedBy = openedBy;
  }

  public static String businessKey(String unitCode, Period period) {
    return unitCode + "-" + period.year() + "-Q" + period.quarter();
  }

  public void linkProcessInstance(String id) {
    this.processInstanceId = id;
  }

  public void postponeMeeting(Instant newDeadline) {
    requireOpen();
    this.meetingDeadline = newDeadline;
  }

  public void close() {
    requireOpen();
    status = CycleStatus.CLOSED;
    closedAt = Instant.now();
  }

  void requireOpen() {
    if (status != CycleStatus.OPEN) {
      throw new DomainRuleViolation("Siklus " + businessKey + " sudah selesai");
    }
  }

  public Period period() {
    return new Period(year, quarter);
  }

  public Long getId() {
    return id;
  }

  public Unit getUnit() {
    return unit;
  }

  public int getYear() {
    return year;
  }

  public int getQuarter() {
    return quarter;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public CycleStatus getStatus() {
    return status;
  }

  public Instant getMeetingDeadline() {
    return meetingDeadline;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
