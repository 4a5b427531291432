package id.go.tebingtinggi.kinerja.organisation;

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

/** An organisational unit (OPD) of the city, led by its head (kepala dinas, kepala badan, camat, …). */
@Entity
@Table(name = "org_unit")
public class Unit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private UnitKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "head_employee_id")
  private Employee head;

  @Version
  private long version;

  protected Unit() {
  }

  public Unit(String code, String name, UnitKind kind) {
    this.code = code;
    this.name = name;
    this.kind = kind;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public UnitKind getKind() {
    return kind;
  }

  public Employee getHead() {
    return head;
  }

  void appointHead(Employee newHead) {
    this.head = newHead;
  }

  /** Leaves the unit without a head, e.g. when none of its employees is on the roster any more. */
  public void vacateHead() {
    this.head = null;
  }
}
