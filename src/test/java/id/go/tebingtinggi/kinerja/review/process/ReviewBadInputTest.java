package id.go.tebingtinggi.kinerja.review.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What people and API clients submit through {@code /engine-rest} that the review must refuse: every refusal is a
 * 400 with the reason in Bahasa Indonesia, the task stays open (or no review is opened) and nothing is written.
 * Text that the rules allow — right-to-left script, emoji, markup, SQL metacharacters — is accepted, stored as
 * typed and shown escaped.
 *
 * <p>One review of Putri Ayu Harahap (atasan: Arif Lubis) waits at each step, one quarter of 2027 per step.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBadInputTest {

  static final String BKPSDM = "ani.wulandari";
  static final String EMPLOYEE = "putri.harahap";
  static final String ATASAN = "arif.lubis";
  /** Putri Ayu Harahap in src/main/resources/demo/roster.csv. */
  static final String NIP = "199410102024032010";
  /** Start requests are for this quarter, which must stay unopened. */
  static final int START_YEAR = 2029;
  static final String ACCEPTED_TEXT_KEY = NIP + "-2028-Q1";

  enum Stage {
    START(null, null, 0),
    PROPOSE_TARGETS("UserTask_ProposeTargets", EMPLOYEE, 1),
    REVIEW_TARGETS("UserTask_ReviewTargets", ATASAN, 2),
    SELF_ASSESS("UserTask_SelfAssess", EMPLOYEE, 3),
    REVIEW_PERFORMANCE("UserTask_ReviewPerformance", ATASAN, 4);

    final String taskKey;
    final String assignee;
    final int quarter;

    Stage(String taskKey, String assignee, int quarter) {
      this.taskKey = taskKey;
      this.assignee = assignee;
      this.quarter = quarter;
    }

    String businessKey() {
      return NIP + "-2027-Q" + quarter;
    }
  }

  record BadInput(String name, Stage stage, Map<String, Object> variables, String businessKey, String reason) {
    @Override
    public String toString() {
      return stage + ": " + name;
    }
  }

  /** Row counts of the domain tables, every review's status and version, the engine's instances and variables. */
  record Snapshot(Map<String, Long> rows, List<String> reviews, long runningInstances, long historicInstances,
                  Map<String, Object> variables) {
  }

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  EngineRestClient client;
  ReviewCleanup cleanup;
  final List<String> ourReviews = new ArrayList<>();
  final Map<Stage, String> instances = new EnumMap<>(Stage.class);
  String acceptedTextInstance;

  /**
   * Runs before the first test only, not in {@code @BeforeAll}: process-test-coverage refuses engine activity
   * outside a test method.
   */
  @BeforeEach
  void openOneReviewWaitingAtEachStep() {
    if (client != null) {
      return;
    }
    client = new EngineRestClient(rest);
    cleanup = new ReviewCleanup(engine, jdbc);
    assertThat(jdbc.queryForObject("select login_id from employee where nip = ?", String.class, NIP))
        .isEqualTo(EMPLOYEE);
    for (String key : List.of(Stage.PROPOSE_TARGETS.businessKey(), Stage.REVIEW_TARGETS.businessKey(),
        Stage.SELF_ASSESS.businessKey(), Stage.REVIEW_PERFORMANCE.businessKey(), ACCEPTED_TEXT_KEY,
        NIP + "-" + START_YEAR + "-Q1", NIP + "-" + START_YEAR + "-Q2")) {
      assertThat(cleanup.exists(key)).as("another test uses the review %s", key).isFalse();
      ourReviews.add(key);
    }

    String proposing = client.startReview(BKPSDM, NIP, 2027, Stage.PROPOSE_TARGETS.quarter);
    assertThat(client.formVariables(EMPLOYEE, client.taskId(EMPLOYEE, proposing, Stage.PROPOSE_TARGETS.taskKey)))
        .as("no earlier plan is prefilled, so rows left out are really missing").doesNotContainKey("rhk01");
    instances.put(Stage.PROPOSE_TARGETS, proposing);

    String reviewing = client.startReview(BKPSDM, NIP, 2027, Stage.REVIEW_TARGETS.quarter);
    client.completeTask(EMPLOYEE, reviewing, Stage.PROPOSE_TARGETS.taskKey, plan());
    instances.put(Stage.REVIEW_TARGETS, reviewing);

    String assessing = client.startReview(BKPSDM, NIP, 2027, Stage.SELF_ASSESS.quarter);
    client.completeTask(EMPLOYEE, assessing, Stage.PROPOSE_TARGETS.taskKey, plan());
    client.completeTask(ATASAN, assessing, Stage.REVIEW_TARGETS.taskKey, Map.of("keputusanTarget", "SETUJU"));
    instances.put(Stage.SELF_ASSESS, assessing);

    String rating = client.startReview(BKPSDM, NIP, 2027, Stage.REVIEW_PERFORMANCE.quarter);
    client.completeTask(EMPLOYEE, rating, Stage.PROPOSE_TARGETS.taskKey, plan());
    client.completeTask(ATASAN, rating, Stage.REVIEW_TARGETS.taskKey, Map.of("keputusanTarget", "SETUJU"));
    Map<String, Object> withoutEvidenceForTheAdditionalIndicator = new LinkedHashMap<>(selfAssessment());
    withoutEvidenceForTheAdditionalIndicator.remove("bukti02");
    client.completeTask(EMPLOYEE, rating, Stage.SELF_ASSESS.taskKey, withoutEvidenceForTheAdditionalIndicator);
    assertThat(client.executeJobs(rating)).isEqualTo(1);
    assertThat(client.formVariables(ATASAN, client.taskId(ATASAN, rating, Stage.REVIEW_PERFORMANCE.taskKey))
        .get("ratingHasilKerjaSaran").asText()).isEqualTo("SESUAI_EKSPEKTASI");
    instances.put(Stage.REVIEW_PERFORMANCE, rating);

    acceptedTextInstance = client.startReview(BKPSDM, NIP, 2028, 1);
  }

  @AfterAll
  void removeTheReviews() {
    ourReviews.forEach(cleanup::delete);
  }

  // --- valid submissions that each case breaks in one place ----------------------------------------------

  /** A quantity indicator (main, 100 documents, 60 %) and a time indicator (additional, 5 days, 40 %). */
  static Map<String, Object> plan() {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("jumlahIndikator", 2);
    plan.putAll(row(1, "KUANTITAS", 100, "dokumen", 60, "UTAMA"));
    plan.putAll(row(2, "WAKTU", 5, "hari", 40, "TAMBAHAN"));
    return plan;
  }

  static Map<String, Object> row(int i, String aspect, Object target, String unit, int weight, String kind) {
    String n = String.format("%02d", i);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("rhk" + n, "Meningkatnya kualitas layanan aplikasi kependudukan");
    row.put("indikator" + n, "Indikator " + i + " layanan SIAK");
    row.put("aspek" + n, aspect);
    row.put("target" + n, target);
    row.put("satuan" + n, unit);
    row.put("bobot" + n, weight);
    row.put("jenis" + n, kind);
    return row;
  }

  static Map<String, Object> twentyOneRows() {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("jumlahIndikator", 21);
    for (int i = 1; i <= 21; i++) {
      plan.putAll(row(i, "KUANTITAS", 10, "dokumen", i == 1 ? 0 : 5, "UTAMA"));
    }
    return plan;
  }

  static Map<String, Object> selfAssessment() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("realisasi01", 100);
    values.put("bukti01", "Rekap tiket layanan SIAK");
    values.put("realisasi02", 5);
    values.put("bukti02", "Catatan piket");
    values.put("refleksi", "Gangguan jaringan berkurang; perlu pelatihan administrator basis data.");
    return values;
  }

  static Map<String, Object> supervisorReview() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("ratingHasilKerja", "SESUAI_EKSPEKTASI");
    for (String value : List.of("perilakuBerorientasiPelayanan", "perilakuAkuntabel", "perilakuKompeten",
        "perilakuHarmonis", "perilakuLoyal", "perilakuAdaptif", "perilakuKolaboratif")) {
      values.put(value, "SESUAI_EKSPEKTASI");
    }
    values.put("umpanBalik", "Dokumentasikan perbaikan jaringan agar dapat diulang tim lain.");
    return values;
  }

  static Map<String, Object> start() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("nip", NIP);
    values.put("year", START_YEAR);
    values.put("quarter", 1);
    return values;
  }

  /** {@code base} with the given names set (a null value is submitted as null). */
  static Map<String, Object> with(Map<String, Object> base, Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>(base);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }

  static Map<String, Object> without(Map<String, Object> base, String... names) {
    Map<String, Object> values = new LinkedHashMap<>(base);
    List.of(names).forEach(values::remove);
    return values;
  }

  static Arguments bad(Stage stage, String name, Map<String, Object> variables, String reason) {
    return arguments(new BadInput(name, stage, variables, null, reason));
  }

  static Stream<Arguments> badInputs() {
    Stage targets = Stage.PROPOSE_TARGETS;
    Stage review = Stage.REVIEW_TARGETS;
    Stage self = Stage.SELF_ASSESS;
    Stage rate = Stage.REVIEW_PERFORMANCE;
    Stage start = Stage.START;
    String returned = "KEMBALIKAN";
    return Stream.of(
        bad(targets, "no indicator", with(plan(), "jumlahIndikator", 0), "Jumlah indikator harus antara 1 dan 20"),
        bad(targets, "21 indicators", twentyOneRows(), "Jumlah indikator harus antara 1 dan 20"),
        bad(targets, "number of indicators empty", with(plan(), "jumlahIndikator", null),
            "Jumlah indikator wajib diisi"),
        bad(targets, "number of indicators in words", with(plan(), "jumlahIndikator", "dua"),
            "Jumlah indikator harus berupa angka"),
        bad(targets, "number of indicators 2.5", with(plan(), "jumlahIndikator", 2.5),
            "Jumlah indikator harus berupa bilangan bulat"),
        bad(targets, "3 indicators, 2 rows", with(plan(), "jumlahIndikator", 3), "Indikator 3: aspek wajib dipilih"),
        bad(targets, "weights sum to 99", with(plan(), "bobot02", 39),
            "Jumlah bobot semua indikator harus 100 persen (sekarang 99 persen)"),
        bad(targets, "weights sum to 101", with(plan(), "bobot02", 41),
            "Jumlah bobot semua indikator harus 100 persen (sekarang 101 persen)"),
        bad(targets, "weight 0", with(plan(), "bobot01", 0, "bobot02", 100),
            "Indikator 1: bobot harus antara 1 dan 100 persen"),
        bad(targets, "weight in words", with(plan(), "bobot01", "enam puluh"), "Indikator 1: bobot harus berupa angka"),
        bad(targets, "weight 59.5", with(plan(), "bobot01", 59.5), "Indikator 1: bobot harus berupa bilangan bulat"),
        bad(targets, "target 0", with(plan(), "target01", 0), "Indikator 1: target harus lebih dari 0"),
        bad(targets, "target -1", with(plan(), "target01", -1), "Indikator 1: target harus lebih dari 0"),
        bad(targets, "target 1e13", with(plan(), "target01", 1e13),
            "Indikator 1: target terlalu besar (maksimal 1.000.000.000.000)"),
        bad(targets, "target \"abc\"", with(plan(), "target01", "abc"), "Indikator 1: target harus berupa angka"),
        bad(targets, "target true", with(plan(), "target01", true), "Indikator 1: target harus berupa angka"),
        bad(targets, "target 1.234", with(plan(), "target01", 1.234),
            "Indikator 1: target paling banyak dua angka di belakang koma"),
        bad(targets, "target null", with(plan(), "target02", null), "Indikator 2: target wajib diisi"),
        bad(targets, "target blank", with(plan(), "target02", " "), "Indikator 2: target wajib diisi"),
        bad(targets, "aspect LAINNYA", with(plan(), "aspek01", "LAINNYA"),
            "Indikator 1: aspek berisi pilihan yang tidak dikenal"),
        bad(targets, "aspect in lower case", with(plan(), "aspek02", "waktu"),
            "Indikator 2: aspek berisi pilihan yang tidak dikenal"),
        bad(targets, "kind missing", without(plan(), "jenis01"), "Indikator 1: jenis wajib dipilih"),
        bad(targets, "kind WAJIB", with(plan(), "jenis02", "WAJIB"),
            "Indikator 2: jenis berisi pilihan yang tidak dikenal"),
        bad(targets, "no main indicator", with(plan(), "jenis01", "TAMBAHAN"),
            "Paling sedikit satu indikator harus berjenis utama"),
        bad(targets, "RHK of 1 MB", with(plan(), "rhk01", "x".repeat(1 << 20)),
            "Indikator 1: rencana hasil kerja (RHK) terlalu panjang (1048576 karakter, maksimal 500)"),
        bad(targets, "indicator of 501 characters", with(plan(), "indikator01", "i".repeat(501)),
            "Indikator 1: indikator terlalu panjang (501 karakter, maksimal 500)"),
        bad(targets, "unit of 51 characters", with(plan(), "satuan02", "s".repeat(51)),
            "Indikator 2: satuan terlalu panjang (51 karakter, maksimal 50)"),
        bad(targets, "RHK missing", without(plan(), "rhk01"), "Indikator 1: rencana hasil kerja (RHK) wajib diisi"),
        bad(targets, "indicator blank", with(plan(), "indikator01", "   "), "Indikator 1: indikator wajib diisi"),
        bad(targets, "unit missing", without(plan(), "satuan02"), "Indikator 2: satuan wajib diisi"),
        bad(targets, "NUL in RHK", with(plan(), "rhk01", "Layanan\u0000SIAK"),
            "Indikator 1: rencana hasil kerja (RHK) mengandung karakter kontrol yang tidak diizinkan"),
        bad(targets, "terminal escape in indicator", with(plan(), "indikator01", "Layanan \u001B[2J SIAK"),
            "Indikator 1: indikator mengandung karakter kontrol yang tidak diizinkan"),
        bad(targets, "bell in unit", with(plan(), "satuan02", "hari\u0007"),
            "Indikator 2: satuan mengandung karakter kontrol yang tidak diizinkan"),
        bad(targets, "unit separator at the end of RHK", with(plan(), "rhk01", "Layanan SIAK\u001F"),
            "Indikator 1: rencana hasil kerja (RHK) mengandung karakter kontrol yang tidak diizinkan"),
        bad(targets, "RHK as a number", with(plan(), "rhk01", 42), "rhk01 harus berupa teks"),

        bad(review, "unknown decision", Map.of("keputusanTarget", "TERIMA"),
            "Keputusan atas target berisi pilihan yang tidak dikenal"),
        bad(review, "no decision", Map.of(), "Keputusan atas target wajib dipilih"),
        bad(review, "decision in lower case", Map.of("keputusanTarget", "setuju"),
            "Keputusan atas target berisi pilihan yang tidak dikenal"),
        bad(review, "KEMBALIKAN without comment", Map.of("keputusanTarget", returned), "Komentar atasan wajib diisi"),
        bad(review, "KEMBALIKAN with a blank comment", Map.of("keputusanTarget", returned, "komentarAtasan", "\n "),
            "Komentar atasan wajib diisi"),
        bad(review, "comment of 2001 characters",
            Map.of("keputusanTarget", returned, "komentarAtasan", "k".repeat(2001)),
            "Komentar atasan terlalu panjang (2001 karakter, maksimal 2000)"),
        bad(review, "comment with a control character",
            Map.of("keputusanTarget", returned, "komentarAtasan", "Perbaiki\u0008 target"),
            "Komentar atasan mengandung karakter kontrol yang tidak diizinkan"),
        bad(review, "comment as a number", Map.of("keputusanTarget", returned, "komentarAtasan", 7),
            "komentarAtasan harus berupa teks"),

        bad(self, "negative realisation", with(selfAssessment(), "realisasi01", -5),
            "Indikator 1: realisasi tidak boleh negatif"),
        bad(self, "realisation \"abc\"", with(selfAssessment(), "realisasi01", "abc"),
            "Indikator 1: realisasi harus berupa angka"),
        bad(self, "realisation true", with(selfAssessment(), "realisasi02", true),
            "Indikator 2: realisasi harus berupa angka"),
        bad(self, "realisation missing", without(selfAssessment(), "realisasi02"),
            "Indikator 2: realisasi wajib diisi"),
        bad(self, "realisation 1e13", with(selfAssessment(), "realisasi01", 1e13),
            "Indikator 1: realisasi terlalu besar"),
        bad(self, "evidence missing on a main indicator", without(selfAssessment(), "bukti01"),
            "Indikator 1: bukti dukung wajib diisi"),
        bad(self, "blank evidence on a main indicator", with(selfAssessment(), "bukti01", "  "),
            "Indikator 1: bukti dukung wajib diisi"),
        bad(self, "evidence of 1001 characters", with(selfAssessment(), "bukti01", "b".repeat(1001)),
            "Indikator 1: bukti dukung terlalu panjang (1001 karakter, maksimal 1000)"),
        bad(self, "evidence with a control character", with(selfAssessment(), "bukti02", "Catatan\u001F"),
            "Indikator 2: bukti dukung mengandung karakter kontrol yang tidak diizinkan"),
        bad(self, "reflection missing", without(selfAssessment(), "refleksi"), "Refleksi wajib diisi"),
        bad(self, "reflection of 4001 characters", with(selfAssessment(), "refleksi", "r".repeat(4001)),
            "Refleksi terlalu panjang (4001 karakter, maksimal 4000)"),

        bad(rate, "BerAKHLAK value missing", without(supervisorReview(), "perilakuKompeten"),
            "Perilaku Kompeten wajib dipilih"),
        bad(rate, "BerAKHLAK value unknown", with(supervisorReview(), "perilakuLoyal", "SANGAT_BAIK"),
            "Perilaku Loyal berisi pilihan yang tidak dikenal"),
        bad(rate, "BerAKHLAK value blank", with(supervisorReview(), "perilakuAdaptif", ""),
            "Perilaku Adaptif wajib dipilih"),
        bad(rate, "rating changed from the suggestion without a reason",
            with(supervisorReview(), "ratingHasilKerja", "DI_ATAS_EKSPEKTASI"),
            "Alasan perubahan rating hasil kerja wajib diisi"),
        bad(rate, "rating changed with a blank reason",
            with(supervisorReview(), "ratingHasilKerja", "DI_BAWAH_EKSPEKTASI", "alasanRatingHasilKerja", " "),
            "Alasan perubahan rating hasil kerja wajib diisi"),
        bad(rate, "rating unknown", with(supervisorReview(), "ratingHasilKerja", "ISTIMEWA"),
            "Rating hasil kerja berisi pilihan yang tidak dikenal"),
        bad(rate, "feedback missing", without(supervisorReview(), "umpanBalik"), "Umpan balik wajib diisi"),
        bad(rate, "feedback of 4001 characters", with(supervisorReview(), "umpanBalik", "u".repeat(4001)),
            "Umpan balik terlalu panjang (4001 karakter, maksimal 4000)"),
        bad(rate, "feedback with a control character", with(supervisorReview(), "umpanBalik", "Bagus\u0000"),
            "Umpan balik mengandung karakter kontrol yang tidak diizinkan"),
        bad(rate, "special expectation of 2001 characters",
            with(supervisorReview(), "ekspektasiKhusus", "e".repeat(2001)),
            "Ekspektasi khusus pimpinan terlalu panjang (2001 karakter, maksimal 2000)"),

        bad(start, "quarter 5", with(start(), "quarter", 5), "Triwulan 5 tidak valid: pilih 1 sampai 4"),
        bad(start, "quarter 0", with(start(), "quarter", 0), "Triwulan 0 tidak valid: pilih 1 sampai 4"),
        bad(start, "quarter in words", with(start(), "quarter", "satu"), "Triwulan harus berupa angka"),
        bad(start, "quarter 1.5", with(start(), "quarter", 1.5), "Triwulan harus berupa bilangan bulat"),
        bad(start, "year 1800", with(start(), "year", 1800), "Tahun 1800 tidak valid: pilih antara 2000 dan 2100"),
        bad(start, "year 2101", with(start(), "year", 2101), "Tahun 2101 tidak valid: pilih antara 2000 dan 2100"),
        bad(start, "year missing", without(start(), "year"), "Tahun wajib diisi"),
        bad(start, "unknown NIP", with(start(), "nip", "198001012005011999"),
            "Pegawai dengan NIP 198001012005011999 tidak terdaftar"),
        bad(start, "NIP of 5 digits", with(start(), "nip", "12345"), "NIP '12345' tidak valid: harus 18 digit angka"),
        bad(start, "NIP with a letter", with(start(), "nip", "19941010202403201X"),
            "NIP '19941010202403201X' tidak valid: harus 18 digit angka"),
        bad(start, "NIP born in month 13", with(start(), "nip", "199413102024032010"),
            "NIP '199413102024032010' tidak valid: tanggal lahir atau TMT pengangkatan tidak valid"),
        bad(start, "NIP with sex digit 3", with(start(), "nip", "199410102024033010"),
            "NIP '199410102024033010' tidak valid: digit ke-15 (jenis kelamin) harus 1 atau 2"),
        bad(start, "NIP missing", without(start(), "nip"), "NIP wajib diisi"),
        bad(start, "NIP as a number", with(start(), "nip", 199410102024032010L), "nip harus berupa teks"),
        arguments(new BadInput("business key of another form", start, with(start(), "quarter", 2), "PUTRI-2029",
            "Business key 'PUTRI-2029' tidak sesuai: penilaian ini harus memakai '" + NIP + "-2029-Q2'")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void refusesWithAReasonInBahasaIndonesiaAndChangesNothing(BadInput input) {
    Stage stage = input.stage();
    String instance = instances.get(stage);
    String taskId = stage == Stage.START ? null : client.taskId(stage.assignee, instance, stage.taskKey);
    Snapshot before = snapshot(instance);

    ResponseEntity<JsonNode> response = stage == Stage.START
        ? client.startReview(BKPSDM, input.variables(), input.businessKey())
        : client.complete(stage.assignee, taskId, input.variables());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("type").asText()).isEqualTo("DomainRuleViolation");
    assertThat(response.getBody().path("message").asText())
        .contains(input.reason())
        .doesNotContain("ENGINE-", "Exception", "null");
    assertThat(snapshot(instance)).isEqualTo(before);
    if (taskId != null) {
      assertThat(client.taskId(stage.assignee, instance, stage.taskKey)).isEqualTo(taskId);
    }
  }

  private Snapshot snapshot(String instance) {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : List.of("performance_review", "review_indicator", "target_round", "behaviour_rating")) {
      rows.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    List<String> reviews = jdbc.query("select business_key, status, version from performance_review order by id",
        (row, i) -> row.getString(1) + " " + row.getString(2) + " v" + row.getLong(3));
    return new Snapshot(rows, reviews,
        engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ReviewVariables.PROCESS_KEY).count(),
        engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(ReviewVariables.PROCESS_KEY).count(),
        instance == null ? Map.of() : engine.getRuntimeService().getVariables(instance));
  }

  // --- text the rules allow ----------------------------------------------------------------------------------

  /** Name, text as submitted, as stored (as typed but for surrounding whitespace), as the atasan's summary shows it. */
  static Stream<Arguments> acceptedTexts() {
    String emojiAtTheLimit = "😊".repeat(250);
    String rtl = "تحسين خدمة بطاقة الهوية الإلكترونية";
    String emoji = "Pelayanan ramah 😊👍 tanpa antre 👨‍👩‍👧";
    String markup = "<script>alert('x')</script><b>tebal</b>";
    String sql = "x'); DROP TABLE review_indicator; --";
    String atTheLimit = "r".repeat(500);
    return Stream.of(
        arguments("right-to-left script", rtl, rtl, rtl),
        arguments("right-to-left override", "Layanan \u202Eel-PTK\u202C cepat", "Layanan \u202Eel-PTK\u202C cepat",
            "Layanan \u202Eel\\-PTK\u202C cepat"),
        arguments("emoji", emoji, emoji, emoji),
        arguments("emoji up to 500 characters", emojiAtTheLimit, emojiAtTheLimit, emojiAtTheLimit),
        arguments("HTML and script", markup, markup,
            "&lt;script\\>alert\\('x'\\)&lt;/script\\>&lt;b\\>tebal&lt;/b\\>"),
        arguments("SQL metacharacters", sql, sql, "x'\\); DROP TABLE review\\_indicator; \\-\\-"),
        arguments("line breaks and tabs", "Baris satu\nBaris dua\tkolom", "Baris satu\nBaris dua\tkolom",
            "Baris satu Baris dua kolom"),
        arguments("500 characters and a trailing line break", atTheLimit + "\n", atTheLimit, atTheLimit));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedTexts")
  void acceptsTextWithinTheRulesStoresItAsTypedAndShowsItEscaped(String name, String text, String stored,
                                                                 String shown) {
    client.completeTask(EMPLOYEE, acceptedTextInstance, Stage.PROPOSE_TARGETS.taskKey,
        with(plan(), "rhk01", text, "indikator01", text));

    Map<String, Object> row = jdbc.queryForMap("select i.rhk, i.description from review_indicator i "
        + "join performance_review r on r.id = i.review_id where r.business_key = ? and i.position = 1",
        ACCEPTED_TEXT_KEY);
    assertThat(row.get("rhk")).isEqualTo(stored);
    assertThat(row.get("description")).isEqualTo(stored);

    String reviewTask = client.taskId(ATASAN, acceptedTextInstance, Stage.REVIEW_TARGETS.taskKey);
    assertThat(client.formVariables(ATASAN, reviewTask).get("ringkasanTarget").asText())
        .contains("| 1 | " + shown + " | " + shown + " | kuantitas |")
        .doesNotContain("<");

    client.completeTask(ATASAN, acceptedTextInstance, Stage.REVIEW_TARGETS.taskKey,
        Map.of("keputusanTarget", "KEMBALIKAN", "komentarAtasan", "Diterima; kembalikan untuk kasus berikutnya"));
  }
}
