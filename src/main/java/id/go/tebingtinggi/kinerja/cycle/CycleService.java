package id.go.tebingtinggi.kinerja.cycle;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.common.NotFound;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.organisation.EmployeeRepository;
import id.go.tebingtinggi.kinerja.organisation.Unit;
import id.go.tebingtinggi.kinerja.organisation.UnitRepository;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.PerformanceReviewRepository;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import id.go.tebingtinggi.kinerja.review.ReviewStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening a unit's quarter, its roster of reviews, and whether the unit is ready for its meeting. */
@Service
@Transactional
public class CycleService {

  private final UnitCycleRepository cycles;
  private final UnitRepository units;
  private final EmployeeRepository employees;
  private final PerformanceReviewRepository reviews;
  private final CycleEscalationRepository escalations;
  private final CycleProperties properties;
  private final Clock clock;

  CycleService(UnitCycleRepository cycles, UnitRepository units, EmployeeRepository employees,
               PerformanceReviewRepository reviews, CycleEscalationRepository escalations, CycleProperties properties,
               Clock clock) {
    this.cycles = cycles;
    this.units = units;
    this.employees = employees;
    this.reviews = reviews;
    this.escalations = escalations;
    this.properties = properties;
    this.clock = clock;
  }

  /** Opens the quarter of one unit; a unit's quarter opens once. */
  public UnitCycle open(String unitCode, int year, int quarter, String actor) {
    Period period = new Period(year, quarter);
    Unit unit = unit(unitCode);
    String key = UnitCycle.businessKey(unit.getCode(), period);
    cycles.findByBusinessKey(key).ifPresent(existing -> {
      throw alreadyOpen(unit, period);
    });
    whyNotOpenable(unit).ifPresent(reason -> {
      throw new DomainRuleViolation(reason);
    });
    Instant deadline = period.lastDay().plusDays(properties.meetingAfterQuarterEnd().toDays())
        .atTime(23, 59).atZone(ReviewCalendar.ZONE).toInstant();
    try {
      return cycles.saveAndFlush(new UnitCycle(unit, period, deadline, actor));
    } catch (DataIntegrityViolationException concurrentOpening) {
      throw alreadyOpen(unit, period);
    }
  }

  /**
   * Refuses a request naming unknown units, units whose quarter is already open, or units that cannot hold a quarter
   * (no head, nobody to review), before anything starts; every reason is given at once.
   */
  @Transactional(readOnly = true)
  public void checkCanOpen(List<String> unitCodes, int year, int quarter) {
    Period period = new Period(year, quarter);
    if (unitCodes.isEmpty()) {
      throw new DomainRuleViolation("Pilih paling sedikit satu unit");
    }
    List<String> problems = new ArrayList<>();
    for (String code : unitCodes) {
      Optional<Unit> unit = units.findByCode(code);
      if (unit.isEmpty()) {
        problems.add("Unit '" + code + "' tidak dikenal");
      } else if (cycles.findByBusinessKey(UnitCycle.businessKey(code, period)).isPresent()) {
        problems.add(alreadyOpen(unit.get(), period).getMessage());
      } else {
        whyNotOpenable(unit.get()).ifPresent(problems::add);
      }
    }
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
  }

  /**
   * The whole city: every unit that can hold a quarter is opened, the others are skipped with the reason (a unit
   * without a head or without employees to review is normal in a city roster and must not stop the rest). A unit
   * whose quarter is already open still refuses the whole request, as for a chosen unit.
   */
  @Transactional(readOnly = true)
  public CityOpening planCityOpening(int year, int quarter) {
    Period period = new Period(year, quarter);
    List<String> openable = new ArrayList<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Unit unit : units.findAll().stream().sorted(Comparator.comparing(Unit::getCode)).toList()) {
      Optional<String> notOpenable = whyNotOpenable(unit);
      if (notOpenable.isPresent()) {
        skipped.put(unit.getCode(), notOpenable.get());
      } else if (cycles.findByBusinessKey(UnitCycle.businessKey(unit.getCode(), period)).isPresent()) {
        problems.add(alreadyOpen(unit, period).getMessage());
      } else {
        openable.add(unit.getCode());
      }
    }
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    if (openable.isEmpty()) {
      throw new DomainRuleViolation("Tidak ada unit yang dapat dibuka untuk " + period.label()
          + ": setiap unit belum memiliki kepala unit atau pegawai yang dapat dinilai");
    }
    return new CityOpening(openable, skipped);
  }

  /** The units to open for the whole city, and the units skipped with the reason, by unit code. */
  public record CityOpening(List<String> unitCodes, Map<String, String> skipped) {
  }

  /** Why a unit cannot hold a quarter, if it cannot: someone must lead its meeting and someone must be reviewed. */
  private Optional<String> whyNotOpenable(Unit unit) {
    if (unit.getHead() == null) {
      return Optional.of(unit.getName() + " belum memiliki kepala unit untuk memimpin rapat evaluasi");
    }
    boolean anyoneToReview = employees.findByUnitAndActiveTrue(unit).stream()
        .anyMatch(employee -> employee.getSupervisor() != null);
    if (!anyoneToReview) {
      return Optional.of(unit.getName() + " tidak memiliki pegawai aktif yang memiliki atasan untuk dinilai");
    }
    return Optional.empty();
  }

  private static DomainRuleViolation alreadyOpen(Unit unit, Period period) {
    return new DomainRuleViolation(period.label() + " untuk " + unit.getName() + " sudah dibuka; tidak ada yang dimulai");
  }

  @Transactional(readOnly = true)
  public UnitCycle get(Long cycleId) {
    return cycles.findById(cycleId).orElseThrow(() -> new NotFound("Siklus triwulan " + cycleId + " tidak ditemukan"));
  }

  @Transactional(readOnly = true)
  public UnitCycle get(String unitCode, int year, int quarter) {
    String key = UnitCycle.businessKey(unitCode, new Period(year, quarter));
    return cycles.findByBusinessKey(key).orElseThrow(() -> new NotFound("Siklus " + key + " belum dibuka"));
  }

  /** NIPs of the unit's active employees who have an atasan to assess them. */
  @Transactional(readOnly = true)
  public List<String> reviewableNips(Long cycleId) {
    return employees.findByUnitAndActiveTrue(get(cycleId).getUnit()).stream()
        .filter(employee -> employee.getSupervisor() != null)
        .map(employee -> employee.getNip().value())
        .sorted()
        .toList();
  }

  /** The review of an employee in this cycle's quarter, if one was opened already (e.g. before a retry). */
  @Transactional(readOnly = true)
  public Optional<PerformanceReview> existingReview(Long cycleId, String nip) {
    UnitCycle cycle = get(cycleId);
    Employee employee = employees.findByNip(nip)
        .orElseThrow(() -> new DomainRuleViolation("Pegawai dengan NIP " + nip + " tidak terdaftar"));
    return reviews.findForPeriod(employee.getId(), cycle.getYear(), cycle.getQuarter());
  }

  /** Checks that an employee joining during the quarter belongs to the unit and can be reviewed. */
  @Transactional(readOnly = true)
  public void checkCanJoin(Long cycleId, String nip) {
    UnitCycle cycle = get(cycleId);
    cycle.requireOpen();
    Employee employee = employees.findByNip(nip)
        .orElseThrow(() -> new DomainRuleViolation("Pegawai dengan NIP " + nip + " tidak terdaftar"));
    if (!employee.getUnit().getId().equals(cycle.getUnit().getId())) {
      throw new DomainRuleViolation("Pegawai " + nip + " bukan pegawai " + cycle.getUnit().getName());
    }
  }

  public void attachReview(Long cycleId, Long reviewId) {
    reviews.findById(reviewId).orElseThrow().attachToCycle(cycleId);
  }

  /** Counts the unit's reviews under a lock on the cycle, so concurrent reviews see each other's readiness. */
  public Readiness lockedReadiness(Long cycleId) {
    cycles.lockById(cycleId).orElseThrow(() -> new NotFound("Siklus triwulan " + cycleId + " tidak ditemukan"));
    return new Readiness(reviews.countByCycleIdAndStatus(cycleId, ReviewStatus.READY_FOR_MEETING),
        reviews.countPending(cycleId));
  }

  /** Escalates the reviews still without a final predikat to BKPSDM and sets the supplementary meeting's deadline. */
  public List<PerformanceReview> escalatePending(Long cycleId) {
    UnitCycle cycle = get(cycleId);
    List<PerformanceReview> pending = reviews.findByCycle(cycleId).stream()
        .filter(PerformanceReview::isPendingForMeeting).toList();
    pending.forEach(review -> escalations.save(new CycleEscalation(cycleId, review.getId(), review.getStatus())));
    cycle.postponeMeeting(clock.instant().plus(properties.supplementaryMeetingAfter()));
    return pending;
  }

  public void close(Long cycleId) {
    get(cycleId).close();
  }

  private Unit unit(String code) {
    return units.findByCode(code).orElseThrow(() -> new DomainRuleViolation("Unit '" + code + "' tidak dikenal"));
  }
}
