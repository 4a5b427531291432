package id.go.tebingtinggi.kinerja.competency;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.review.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One scheduled run of a training with a fixed number of places. {@code seatsTaken} counts the participants; a
 * place is taken only by a conditional update in the database (see {@link TrainingSessionRepository#takeSeat}),
 * so two people filling the last place at once cannot both get it.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

  static final int MAX_CAPACITY = 500;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "training_id", nullable = false)
  private Training training;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(nullable = false, length = 200)
  private String place;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "seats_taken", nullable = false)
  private int seatsTaken;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  @Version
  private long version;

  protected TrainingSession() {
  }

  public static TrainingSession schedule(Training training, SessionInput input, LocalDate today, String actor) {
    if (!training.isActive()) {
      throw new DomainRuleViolation("Pelatihan " + training.getCode() + " tidak aktif sehingga tidak dapat dijadwalkan");
    }
    TrainingSession session = new TrainingSession();
    session.training = training;
    session.createdAt = Instant.now();
    session.apply(input, today, actor);
    return session;
  }

  /**
   * Reschedules or resizes the session. Fewer places than participants are refused; the places a larger capacity
   * frees go to the waiting list (see {@link NominationService#changeSession}).
   */
  public void change(SessionInput input, LocalDate today, String actor) {
    if (hasStarted(today)) {
      throw new DomainRuleViolation("Sesi " + describe() + " sudah dimulai sehingga tidak dapat diubah");
    }
    if (input.capacity() != null && input.capacity() < seatsTaken) {
      throw new DomainRuleViolation("Kapasitas tidak dapat dikurangi menjadi " + input.capacity() + ": sudah ada "
          + seatsTaken + " peserta");
    }
    apply(input, today, actor);
  }

  private void apply(SessionInput input, LocalDate today, String actor) {
    List<String> problems = new ArrayList<>();
    if (input.startDate() == null || input.endDate() == null) {
      problems.add("Tanggal mulai dan tanggal selesai sesi wajib diisi");
    } else {
      if (input.startDate().isBefore(today)) {
        problems.add("Tanggal mulai " + DATE.format(input.startDate()) + " sudah lewat: sesi tidak dapat dijadwalkan di masa lalu");
      }
      if (input.endDate().isBefore(input.startDate())) {
        problems.add("Tanggal selesai tidak boleh sebelum tanggal mulai");
      }
      if (input.startDate().isAfter(today.plusYears(3))) {
        problems.add("Tanggal mulai paling lambat tiga tahun dari sekarang");
      }
    }
    String placeValue = TextRules.check("Tempat pelaksanaan", input.place(), 200, true, problems);
    if (input.capacity() == null || input.capacity() < 1) {
      problems.add("Kapasitas harus lebih dari 0 peserta");
    } else if (input.capacity() > MAX_CAPACITY) {
      problems.add("Kapasitas paling banyak " + MAX_CAPACITY + " peserta");
    }
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    startDate = input.startDate();
    endDate = input.endDate();
    place = placeValue;
    capacity = input.capacity();
    updatedAt = Instant.now();
    updatedBy = actor;
  }

  /** A participant can join until the first day of the session. */
  public void checkOpenForPlacement(LocalDate today) {
    if (startDate.isBefore(today)) {
      throw new DomainRuleViolation("Sesi " + describe() + " sudah dimulai sehingga tidak dapat menerima peserta");
    }
  }

  public boolean hasStarted(LocalDate today) {
    return !today.isBefore(startDate);
  }

  public boolean hasFreeSeat() {
    return seatsTaken < capacity;
  }

  public int freeSeats() {
    return capacity - seatsTaken;
  }

  /** Takes a place for a nomination from the waiting list; the caller holds the session's row lock. */
  void takeSeatLocked() {
    if (!hasFreeSeat()) {
      throw new IllegalStateException("session " + id + " is full");
    }
    seatsTaken++;
  }

  /** Gives a participant's place back; the caller holds the session's row lock. */
  void releaseSeatLocked() {
    if (seatsTaken == 0) {
      throw new IllegalStateException("session " + id + " has no participant to release");
    }
    seatsTaken--;
  }

  public String describe() {
    return training.getTitle() + ", " + DATE.format(startDate)
        + (endDate.equals(startDate) ? "" : " s.d. " + DATE.format(endDate)) + ", " + place;
  }

  public Long getId() {
    return id;
  }

  public Training getTraining() {
    return training;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getPlace() {
    return place;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getSeatsTaken() {
    return seatsTaken;
  }
}
