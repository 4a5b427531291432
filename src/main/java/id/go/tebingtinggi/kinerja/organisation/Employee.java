package id.go.tebingtinggi.kinerja.organisation;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
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
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A civil servant (ASN) of the city: identified by NIP, placed in a unit, reporting to a direct supervisor. */
@Entity
@Table(name = "employee")
public class Employee {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 18)
  private String nip;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 200)
  private String position;

  @Enumerated(EnumType.STRING)
  @Column(name = "position_kind", nullable = false, length = 20)
  private PositionKind positionKind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "supervisor_id")
  private Employee supervisor;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "login_id", nullable = false, unique = true, length = 64)
  private String loginId;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected Employee() {
  }

  public Employee(Nip nip, String name, String position, PositionKind positionKind, Unit unit, String loginId) {
    this.nip = nip.value();
    this.loginId = loginId;
    this.active = true;
    updateProfile(name, position, positionKind, unit);
  }

  /** Changes name, position and unit; returns whether anything changed. */
  public boolean updateProfile(String name, String position, PositionKind positionKind, Unit unit) {
    boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.position, position)
        || this.positionKind != positionKind || this.unit != unit;
    this.name = Objects.requireNonNull(name);
    this.position = Objects.requireNonNull(position);
    this.positionKind = Objects.requireNonNull(positionKind);
    this.unit = Objects.requireNonNull(unit);
    if (changed) {
      touch();
    }
    return changed;
  }

  /**
   * Makes {@code newSupervisor} this employee's direct supervisor (atasan langsung); refuses the employee
   * themself and any supervisor whose own chain of supervisors leads back to this employee.
   */
  public boolean assignSupervisor(Employee newSupervisor) {
    if (sameAs(newSupervisor)) {
      throw new DomainRuleViolation("Pegawai " + nip + " tidak dapat menjadi atasan dirinya sendiri");
    }
    Set<Object> seen = new HashSet<>();
    for (Employee above = newSupervisor; above != null; above = above.getSupervisor()) {
      if (sameAs(above) || !seen.add(above.getId() != null ? above.getId() : above)) {
        throw new DomainRuleViolation("Atasan " + newSupervisor.nip + " untuk pegawai " + nip
            + " membentuk lingkaran atasan (pegawai menjadi atasan dari atasannya sendiri)");
      }
    }
    if (newSupervisor == null ? supervisor == null : newSupervisor.sameAs(supervisor)) {
      return false;
    }
    this.supervisor = newSupervisor;
    touch();
    return true;
  }

  /** Marks the employee as no longer in service here; the record is kept for history. */
  public boolean deactivate() {
    if (!active) {
      return false;
    }
    active = false;
    supervisor = null;
    touch();
    return true;
  }

  public boolean reactivate() {
    if (active) {
      return false;
    }
    active = true;
    touch();
    return true;
  }

  public void appointAsHeadOf(Unit headedUnit) {
    if (headedUnit != unit) {
      throw new DomainRuleViolation("Pegawai " + nip + " bukan pegawai unit " + headedUnit.getCode()
          + " sehingga tidak dapat menjadi pimpinannya");
    }
    headedUnit.appointHead(this);
  }

  /** Whether {@code other} is this employee, also when one of the two is a lazy-loading proxy. */
  public boolean sameAs(Employee other) {
    return other != null && (other == this || (id != null && id.equals(other.getId())));
  }

  private void touch() {
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Nip getNip() {
    return new Nip(nip);
  }

  public String getName() {
    return name;
  }

  public String getPosition() {
    return position;
  }

  public PositionKind getPositionKind() {
    return positionKind;
  }

  public Unit getUnit() {
    return unit;
  }

  public Employee getSupervisor() {
    return supervisor;
  }

  public boolean isActive() {
    return active;
  }

  public String getLoginId() {
    return loginId;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
