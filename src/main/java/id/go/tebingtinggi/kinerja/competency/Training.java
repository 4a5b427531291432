package id.go.tebingtinggi.kinerja.competency;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.review.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A training or workshop of the catalogue: what it is, which competency it builds and how many hours (JP). */
@Entity
@Table(name = "training")
public class Training {

  static final int MAX_HOURS = 1000;
  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 30)
  private String code;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TrainingKind kind;

  @Column(nullable = false, length = 100)
  private String competency;

  @Column(nullable = false)
  private int hours;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  @Version
  private long version;

  protected Training() {
  }

  public static Training create(TrainingInput input, String actor) {
    Training training = new Training();
    training.createdAt = Instant.now();
    training.active = true;
    training.apply(input, actor);
    return training;
  }

  /** Changes the description; the code stays, since certificates and history refer to it. */
  public void change(TrainingInput input, String actor) {
    if (input.code() != null && !input.code().strip().equals(code)) {
      throw new DomainRuleViolation("Kode pelatihan " + code + " tidak dapat diubah");
    }
    apply(new TrainingInput(code, input.title(), input.kind(), input.competency(), input.hours(), input.active()), actor);
  }

  private void apply(TrainingInput input, String actor) {
    List<String> problems = new ArrayList<>();
    String codeValue = input.code() == null ? "" : input.code().strip();
    if (!CODE.matcher(codeValue).matches()) {
      problems.add("Kode pelatihan wajib diisi: 2 sampai 30 huruf besar, angka atau tanda hubung (misalnya PPP-PRIMA)");
    }
    String titleValue = TextRules.check("Judul pelatihan", input.title(), 200, true, problems);
    String competencyValue = TextRules.check("Kompetensi yang dibangun", input.competency(), 100, true, problems);
    if (input.kind() == null) {
      problems.add("Jenis pelatihan wajib dipilih: PELAYANAN_PUBLIK, MANAJERIAL, TEKNIS atau DIGITAL");
    }
    if (input.hours() == null || input.hours() < 1 || input.hours() > MAX_HOURS) {
      problems.add("Jumlah jam pelajaran harus antara 1 dan " + MAX_HOURS);
    }
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    code = codeValue;
    title = titleValue;
    kind = input.kind();
    competency = competencyValue;
    hours = input.hours();
    active = input.active() == null || input.active();
    updatedAt = Instant.now();
    updatedBy = actor;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public TrainingKind getKind() {
    return kind;
  }

  public String getCompetency() {
    return competency;
  }

  public int getHours() {
    return hours;
  }

  public boolean isActive() {
    return active;
  }
}
