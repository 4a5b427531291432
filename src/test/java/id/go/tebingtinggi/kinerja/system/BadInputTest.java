package id.go.tebingtinggi.kinerja.system;

import static id.go.tebingtinggi.kinerja.support.DemoRoster.replaceField;
import static id.go.tebingtinggi.kinerja.support.DemoRoster.withRow;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.award.AwardService;
import id.go.tebingtinggi.kinerja.coaching.EngineDriver;
import id.go.tebingtinggi.kinerja.coaching.ReviewFixtures;
import id.go.tebingtinggi.kinerja.competency.SessionInput;
import id.go.tebingtinggi.kinerja.competency.TrainingCatalogue;
import id.go.tebingtinggi.kinerja.competency.TrainingInput;
import id.go.tebingtinggi.kinerja.competency.TrainingKind;
import id.go.tebingtinggi.kinerja.meeting.MeetingFixture;
import id.go.tebingtinggi.kinerja.meeting.TasklistSession;
import id.go.tebingtinggi.kinerja.organisation.roster.RosterImportService;
import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.review.Predikat;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import id.go.tebingtinggi.kinerja.support.DemoRoster;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bad input across the application's endpoints other than the review's own task forms (those are in
 * ReviewBadInputTest): the roster import, process starts and task completions through {@code /engine-rest}, the
 * meeting, the training catalogue and nominations, the dashboard, cycle membership, process migration, the
 * certificate and pages, and unknown ids. Every case goes through real HTTP as the role that may use the endpoint,
 * and must be answered with the expected 4xx and a reason (in Bahasa Indonesia wherever people read it), while the
 * database stays exactly as it was: every domain table row for row, and the engine's runtime and history tables.
 *
 * <p>Test data of its own, in the year 2100 (the last year a quarter may have): the quarter 2100 Q1 of Kecamatan
 * Bajenis, brought to its evaluation meeting; a coaching of Dani Firmansyah (2100 Q2); his award (2100 Q3, in the
 * escaping test); a training {@code TEST-BADINPUT} with one session. A meeting of 2100 can never be recorded (its date
 * would lie in the future), which suits a class where every meeting record must be refused.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

  static final String BKPSDM = "ani.wulandari";
  static final String ADMIN = "admin";
  static final String BAJENIS_HEAD = "sutan.harahap";
  static final String DANI = "dani.firmansyah";
  static final String DANI_NIP = "199004202018031048";
  static final String YANTI_NIP = "198006202002012047";
  static final String SUTAN_NIP = "197502011999011046";
  static final String RAHMAWATI_NIP = "199311092020042049";
  static final int YEAR = 2100;

  /** Tables of the domain, compared row for row. */
  static final List<String> DOMAIN_TABLES = List.of("org_unit", "employee", "unit_cycle", "performance_review",
      "review_indicator", "target_round", "behaviour_rating", "review_objection", "task_alert", "evaluation_meeting",
      "meeting_decision", "cycle_escalation", "award", "coaching", "coaching_action", "coaching_session", "training",
      "training_session", "nomination", "competency_record");
  /** Engine tables compared row for row. */
  static final List<String> ENGINE_TABLES = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
      "ACT_RU_JOB", "ACT_RU_INCIDENT", "ACT_RU_IDENTITYLINK", "ACT_RU_EVENT_SUBSCR");
  /** Engine tables compared by their number of rows. */
  static final List<String> COUNTED_ENGINE_TABLES = List.of("ACT_RU_AUTHORIZATION", "ACT_HI_PROCINST",
      "ACT_HI_TASKINST", "ACT_HI_ACTINST", "ACT_HI_OP_LOG", "ACT_ID_USER", "ACT_ID_MEMBERSHIP", "ACT_RE_DEPLOYMENT",
      "ACT_RE_PROCDEF");

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReviewService reviewService;
  @Autowired TrainingCatalogue catalogue;
  @Autowired AwardService awards;
  @Autowired RosterImportService rosterImport;
  @Autowired IdentityService identityService;
  @Autowired PlatformTransactionManager transactionManager;
  @LocalServerPort int port;

  MeetingFixture bajenis;
  final Map<String, String> ids = new java.util.HashMap<>();

  /** Once, in the first test: process-test-coverage records engine events only while a test method runs. */
  @BeforeEach
  void prepareTheThingsTheCasesAimAt() {
    if (bajenis != null) {
      return;
    }
    assertThat(jdbc.queryForObject("select count(*) from performance_review r join employee e on e.id = r.employee_id"
        + " join org_unit u on u.id = e.unit_id where u.code = 'KEC-BAJENIS' and r.review_year = ?", Integer.class, YEAR))
        .as("another test uses Kecamatan Bajenis in %s", YEAR).isZero();
    bajenis = new MeetingFixture(engine, jdbc, "KEC-BAJENIS", new Period(YEAR, 1)).open()
        .bringToMeeting(BAJENIS_HEAD, MeetingFixture.BAIK)
        .bringToMeeting("yanti.purnamasari", MeetingFixture.BAIK)
        .bringToMeeting(DANI, MeetingFixture.BAIK)
        .bringToMeeting("rahmawati.pane", MeetingFixture.BAIK);
    ids.put("{meetingTask}", bajenis.meetingTask().getId());
    ids.put("{reviewDani}", String.valueOf(bajenis.reviewId(DANI)));
    ids.put("{reviewYanti}", String.valueOf(bajenis.reviewId("yanti.purnamasari")));
    ids.put("{reviewKeyDani}", DANI_NIP + "-" + YEAR + "-Q1");

    ids.put("{coachingPlanTask}", coachingPlanTask());

    Long training = catalogue.addTraining(new TrainingInput("TEST-BADINPUT", "Pelatihan Uji Masukan Buruk",
        TrainingKind.TEKNIS, "Pengujian", 16, true), BKPSDM).getId();
    LocalDate start = LocalDate.now(ReviewCalendar.ZONE).plusDays(30);
    Long session = catalogue.scheduleSession(training, new SessionInput(start, start.plusDays(1), "Aula BKPSDM", 10),
        BKPSDM).getId();
    ids.put("{training}", String.valueOf(training));
    ids.put("{session}", String.valueOf(session));
  }

  /** Dani's review of 2100 Q2 decided PEMBINAAN, and its coaching waiting for Yanti Purnamasari's plan. */
  private String coachingPlanTask() {
    ReviewFixtures reviews = new ReviewFixtures(reviewService, jdbc);
    Long reviewId = reviews.decided(DANI, YEAR, 2, Predikat.BUTUH_PERBAIKAN, FollowUp.PEMBINAAN);
    String instance = engine.getRuntimeService().startProcessInstanceByKey("CoachingFollowUp",
        reviews.businessKey(reviewId), Variables.createVariables()
            .putValue("reviewId", reviewId).putValue("nip", DANI_NIP).putValue("year", YEAR).putValue("quarter", 2)
            .putValue("pegawaiLogin", DANI).putValue("atasanLogin", "yanti.purnamasari")
            .putValue("kodeUnit", "KEC-BAJENIS").putValue("pegawaiNama", "Dani Firmansyah")
            .putValue("periodeLabel", "Triwulan II " + YEAR)).getId();
    EngineDriver driver = new EngineDriver(engine);
    driver.executeJobs(instance);
    return driver.task(instance, "UserTask_PlanCoaching").getId();
  }

  @AfterAll
  void removeTheTestData() {
    if (bajenis == null) {
      return;
    }
    for (int quarter = 1; quarter <= 4; quarter++) {
      new MeetingFixture(engine, jdbc, "KEC-BAJENIS", new Period(YEAR, quarter)).remove();
    }
    jdbc.update("delete from training_session where training_id = ?", Long.valueOf(ids.get("{training}")));
    jdbc.update("delete from training where id = ?", Long.valueOf(ids.get("{training}")));
  }

  // --- the cases ---------------------------------------------------------------------------------------------

  record BadInput(String name, String user, HttpMethod method, String path, MediaType type, Object body, int status,
                  String reason) {
    @Override
    public String toString() {
      return name;
    }
  }

  static BadInput bad(String name, String user, HttpMethod method, String path, MediaType type, Object body,
                      int status, String reason) {
    return new BadInput(name, user, method, path, type, body, status, reason);
  }

  static final MediaType CSV = MediaType.parseMediaType("text/csv");
  static final MediaType JSON = MediaType.APPLICATION_JSON;
  static final HttpMethod GET = HttpMethod.GET;
  static final HttpMethod POST = HttpMethod.POST;
  static final HttpMethod PUT = HttpMethod.PUT;

  static BadInput roster(String name, Object csv, String reason) {
    return bad("roster: " + name, BKPSDM, POST, "/api/roster", CSV, csv, 400, reason);
  }

  /** The demo roster with field {@code index} of the employee's line replaced. */
  static String field(String nip, int index, String value) {
    return withRow(nip, row -> replaceField(row, index, value));
  }

  static String line(String nip) {
    return "baris " + DemoRoster.lineOf(nip) + ": ";
  }

  static byte[] bytes(String text, java.nio.charset.Charset charset, byte... prefix) {
    byte[] content = text.getBytes(charset);
    byte[] all = new byte[prefix.length + content.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(content, 0, all, prefix.length, content.length);
    return all;
  }

  static Stream<BadInput> rosterCases() {
    String dani = line(DANI_NIP);
    String header = DemoRoster.HEADER;
    return Stream.of(
        roster("empty file", "", "Format permintaan tidak valid"),
        roster("only blanks", "  \n \n", "berkas kosong"),
        roster("header only", header + "\n", "berkas tidak berisi data pegawai"),
        roster("unknown column", DemoRoster.csv().replaceFirst(";login", ";email"), "kolom 'email' tidak dikenal"),
        roster("required column missing", header.replace(";nip_atasan", "") + "\n"
            + DANI_NIP + ";Dani;Pengadministrasi;pelaksana;KEC-BAJENIS;dani.firmansyah\n",
            "kolom wajib 'nip_atasan' tidak ada"),
        roster("column twice", header + ";nama\n", "kolom 'nama' muncul lebih dari sekali"),
        roster("too few columns", withRow(DANI_NIP, row -> row.substring(0, row.lastIndexOf(';'))),
            dani + "jumlah kolom 6, seharusnya 7"),
        roster("too many columns", withRow(DANI_NIP, row -> row + ";ekstra"), dani + "jumlah kolom 8, seharusnya 7"),
        roster("comma-separated line in a semicolon file", withRow(DANI_NIP, row -> row.replace(';', ',')),
            dani + "jumlah kolom 1, seharusnya 7"),
        roster("unclosed quote", field(DANI_NIP, 1, "\"Dani Firmansyah"), dani + "tanda kutip"),
        roster("NIP of 17 digits", field(DANI_NIP, 0, "19900420201803104"), "harus 18 digit angka"),
        roster("NIP with letters", field(DANI_NIP, 0, "19900420201803104X"), "harus 18 digit angka"),
        roster("NIP in Arabic-Indic digits", field(DANI_NIP, 0, "١٩٩٠٠٤٢٠٢٠١٨٠٣١٠٤٨"), "harus 18 digit angka"),
        roster("NIP born in month 13", field(DANI_NIP, 0, "199013202018031048"),
            "tanggal lahir atau TMT pengangkatan tidak valid"),
        roster("NIP with sex digit 3", field(DANI_NIP, 0, "199004202018033048"), "digit ke-15 (jenis kelamin)"),
        roster("NIP empty", field(DANI_NIP, 0, ""), dani + "NIP wajib diisi"),
        roster("NIP with SQL", field(DANI_NIP, 0, "1' OR '1'='1"), "harus 18 digit angka"),
        roster("NIP with a zero-width no-break space", field(DANI_NIP, 0, DANI_NIP.substring(0, 9) + "\uFEFF"
            + DANI_NIP.substring(9)), "harus 18 digit angka"),
        roster("NIP twice", withRow(RAHMAWATI_NIP, row -> replaceField(row, 0, DANI_NIP)), "NIP " + DANI_NIP + " ganda"),
        roster("unknown unit", field(DANI_NIP, 4, "DINAS-FIKTIF"), dani + "kode unit 'DINAS-FIKTIF' tidak dikenal"),
        roster("unit in lower case", field(DANI_NIP, 4, "kec-bajenis"), "kode unit 'kec-bajenis' tidak dikenal"),
        roster("unit with HTML", field(DANI_NIP, 4, "<script>alert(1)</script>"),
            "kode unit '<script>alert(1)</script>' tidak dikenal"),
        roster("unit with SQL", field(DANI_NIP, 4, "\"x'; DROP TABLE employee; --\""),
            dani + "kode unit 'x'; DROP TABLE employee; --' tidak dikenal"),
        roster("unquoted SQL splits the line", field(DANI_NIP, 4, "x'; DROP TABLE employee; --"),
            dani + "jumlah kolom 9, seharusnya 7"),
        roster("own supervisor", field(DANI_NIP, 5, DANI_NIP), dani + "pegawai tidak dapat menjadi atasan dirinya sendiri"),
        roster("loop of two", field(YANTI_NIP, 5, DANI_NIP), "membentuk lingkaran atasan"),
        roster("loop of three", field(SUTAN_NIP, 5, DANI_NIP), "membentuk lingkaran atasan"),
        roster("supervisor not in the file", field(DANI_NIP, 5, "198001012005011001"),
            dani + "atasan dengan NIP 198001012005011001 tidak ada di berkas"),
        roster("supervisor NIP malformed", field(DANI_NIP, 5, "12345"), dani + "NIP atasan tidak valid"),
        roster("two heads of a unit", field(YANTI_NIP, 5, "196806051996011001"),
            "unit KEC-BAJENIS memiliki lebih dari satu pimpinan"),
        roster("name empty", field(DANI_NIP, 1, ""), dani + "nama wajib diisi"),
        roster("name of 201 characters", field(DANI_NIP, 1, "D".repeat(201)),
            dani + "nama terlalu panjang (201 karakter, maksimal 200)"),
        roster("line of 1 MB", field(DANI_NIP, 1, "D".repeat(1 << 20)),
            dani + "nama terlalu panjang (1048576 karakter, maksimal 200)"),
        roster("emoji name over the limit", field(DANI_NIP, 1, "😊".repeat(101)),
            dani + "nama terlalu panjang (202 karakter, maksimal 200)"),
        roster("NUL in a name", field(DANI_NIP, 1, "Dani\u0000Firmansyah"), dani + "nama mengandung karakter kontrol"),
        roster("terminal escape in a name", field(DANI_NIP, 1, "Dani \u001B[2J"), dani + "nama mengandung karakter kontrol"),
        roster("bell in a position", field(DANI_NIP, 2, "Pengadministrasi\u0007"),
            dani + "jabatan mengandung karakter kontrol"),
        roster("unknown kind of position", field(DANI_NIP, 3, "honorer"), dani + "jenis jabatan 'honorer' tidak dikenal"),
        roster("login in capitals", field(DANI_NIP, 6, "Dani.Firmansyah"), dani + "login 'Dani.Firmansyah' tidak valid"),
        roster("login with markup", field(DANI_NIP, 6, "<b>dani</b>"), dani + "login '<b>dani</b>' tidak valid"),
        roster("login with emoji", field(DANI_NIP, 6, "dani😊"), "tidak valid"),
        roster("login with right-to-left override", field(DANI_NIP, 6, "dani\u202Eadmin"), "tidak valid"),
        roster("login twice", field(DANI_NIP, 6, "rahmawati.pane"), "login 'rahmawati.pane' ganda"),
        roster("login of another employee", DemoRoster.without(RAHMAWATI_NIP).replace(";dani.firmansyah",
            ";rahmawati.pane"), "login 'rahmawati.pane' sudah dipakai pegawai lain"),
        roster("Latin-1 bytes", bytes(field(DANI_NIP, 1, "Dani Firmansyah Muñoz"), StandardCharsets.ISO_8859_1),
            "berkas bukan teks UTF-8"),
        roster("UTF-16 with its byte-order mark", bytes(DemoRoster.csv(), StandardCharsets.UTF_16LE,
            (byte) 0xFF, (byte) 0xFE), "berkas bukan teks UTF-8"),
        roster("UTF-32 byte-order mark", bytes(DemoRoster.csv(), StandardCharsets.UTF_8,
            (byte) 0x00, (byte) 0x00, (byte) 0xFE, (byte) 0xFF), "berkas bukan teks UTF-8"),
        roster("two UTF-8 byte-order marks", "\uFEFF\uFEFF" + DemoRoster.csv(), "tidak dikenal"),
        bad("roster: as JSON", BKPSDM, POST, "/api/roster", JSON, "{\"nip\":\"" + DANI_NIP + "\"}", 415,
            "Jenis konten tidak didukung"),
        bad("roster: multipart without the file part", BKPSDM, POST, "/api/roster", MediaType.MULTIPART_FORM_DATA,
            multipart("berkas", DemoRoster.csv()), 400, "Format permintaan tidak valid"),
        bad("roster: multipart with a bad line", BKPSDM, POST, "/api/roster", MediaType.MULTIPART_FORM_DATA,
            multipart("file", field(DANI_NIP, 4, "DINAS-FIKTIF")), 400, "kode unit 'DINAS-FIKTIF' tidak dikenal"));
  }

  static org.springframework.util.MultiValueMap<String, Object> multipart(String part, String csv) {
    org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
    form.add(part, new org.springframework.core.io.ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "roster.csv";
      }
    });
    return form;
  }

  static BadInput start(String process, String name, String body, int status, String reason) {
    return bad("start " + process + ": " + name, BKPSDM, POST, "/engine-rest/process-definition/key/" + process
        + "/start", JSON, body, status, reason);
  }

  static String vars(String... namesAndJsonValues) {
    StringBuilder json = new StringBuilder("{\"variables\":{");
    for (int i = 0; i < namesAndJsonValues.length; i += 2) {
      if (i > 0) {
        json.append(',');
      }
      json.append('"').append(namesAndJsonValues[i]).append("\":{\"value\":").append(namesAndJsonValues[i + 1])
          .append('}');
    }
    return json.append("}}").toString();
  }

  static Stream<BadInput> processStartCases() {
    String opening = "QuarterOpening";
    String cycle = "UnitQuarterlyCycle";
    String review = "EmployeeQuarterlyReview";
    String unit = "\"KEC-PDHILIR\"";
    return Stream.of(
        start(opening, "quarter 5", vars("year", "2100", "quarter", "5", "unitDipilih", unit), 400,
            "Triwulan 5 tidak valid: pilih 1 sampai 4"),
        start(opening, "quarter 0", vars("year", "2100", "quarter", "0", "unitDipilih", unit), 400,
            "Triwulan 0 tidak valid"),
        start(opening, "quarter -1", vars("year", "2100", "quarter", "-1", "unitDipilih", unit), 400,
            "Triwulan -1 tidak valid"),
        start(opening, "quarter 1.5", vars("year", "2100", "quarter", "1.5", "unitDipilih", unit), 400,
            "Triwulan harus berupa bilangan bulat"),
        start(opening, "quarter 4294967297", vars("year", "2100", "quarter", "4294967297", "unitDipilih", unit), 400,
            "Triwulan 4294967297 tidak valid"),
        start(opening, "year 1800", vars("year", "1800", "quarter", "1", "unitDipilih", unit), 400,
            "Tahun 1800 tidak valid: pilih antara 2000 dan 2100"),
        start(opening, "year 2101", vars("year", "2101", "quarter", "1", "unitDipilih", unit), 400,
            "Tahun 2101 tidak valid"),
        start(opening, "year missing", vars("quarter", "1", "unitDipilih", unit), 400, "Tahun wajib diisi"),
        start(opening, "quarter in words", vars("year", "2100", "quarter", "\"satu\"", "unitDipilih", unit), 400,
            "Triwulan harus berupa angka"),
        start(opening, "year true", vars("year", "true", "quarter", "1", "unitDipilih", unit), 400,
            "Tahun harus berupa angka"),
        start(opening, "no unit", vars("year", "2100", "quarter", "1"), 400, "Pilih paling sedikit satu unit"),
        start(opening, "blank unit list", vars("year", "2100", "quarter", "1", "unitDipilih", "\" , ,\""), 400,
            "Pilih paling sedikit satu unit"),
        start(opening, "unknown unit", vars("year", "2100", "quarter", "1", "unitDipilih", "\"KEC-PDHILIR,FIKTIF\""),
            400, "Unit 'FIKTIF' tidak dikenal"),
        start(opening, "unit with markup", vars("year", "2100", "quarter", "1", "unitDipilih",
            "\"<img src=x onerror=alert(1)>\""), 400, "tidak dikenal"),
        start(opening, "unit with SQL", vars("year", "2100", "quarter", "1", "unitDipilih", "\"' OR 1=1 --\""), 400,
            "Unit '' OR 1=1 --' tidak dikenal"),
        start(opening, "quarter already open", vars("year", "2100", "quarter", "1", "unitDipilih", "\"KEC-BAJENIS\""),
            400, "Triwulan I 2100 untuk Kecamatan Bajenis sudah dibuka"),
        start(opening, "malformed JSON", "{\"variables\":{\"year\":{\"value\":2100}", 400,
            "Format JSON permintaan tidak valid"),
        start(opening, "value of the wrong declared type", "{\"variables\":{\"year\":{\"value\":\"abc\",\"type\":"
            + "\"Integer\"},\"quarter\":{\"value\":1}}}", 400, "message"),
        start(opening, "variables as a list", "{\"variables\":[2100,1]}", 400, "Format JSON permintaan tidak valid"),
        start(cycle, "unit missing", vars("year", "2100", "quarter", "2"), 400, "Kode unit wajib diisi"),
        start(cycle, "unit as a number", vars("kodeUnit", "7", "year", "2100", "quarter", "2"), 400,
            "Kode unit wajib diisi"),
        start(cycle, "unknown unit", vars("kodeUnit", "\"FIKTIF\"", "year", "2100", "quarter", "2"), 400,
            "Unit 'FIKTIF' tidak dikenal"),
        start(cycle, "quarter 5", vars("kodeUnit", unit, "year", "2100", "quarter", "5"), 400,
            "Triwulan 5 tidak valid"),
        start(cycle, "year 1800", vars("kodeUnit", unit, "year", "1800", "quarter", "2"), 400,
            "Tahun 1800 tidak valid"),
        start(cycle, "quarter 2.5", vars("kodeUnit", unit, "year", "2100", "quarter", "2.5"), 400,
            "Triwulan harus berupa bilangan bulat"),
        start(cycle, "already open", vars("kodeUnit", "\"KEC-BAJENIS\"", "year", "2100", "quarter", "1"), 400,
            "sudah dibuka"),
        start(cycle, "business key of another unit", "{\"businessKey\":\"KEC-BAJENIS-2100-Q2\","
            + vars("kodeUnit", unit, "year", "2100", "quarter", "2").substring(1), 400,
            "Business key 'KEC-BAJENIS-2100-Q2' tidak sesuai"),
        start(review, "malformed JSON", "{\"variables\":", 400, "Format JSON permintaan tidak valid"),
        start(review, "year in Roman numerals", vars("nip", "\"" + DANI_NIP + "\"", "year", "\"MMC\"", "quarter", "3"),
            400, "Tahun harus berupa angka"),
        start(review, "quarter -1", vars("nip", "\"" + DANI_NIP + "\"", "year", "2100", "quarter", "-1"), 400,
            "Triwulan -1 tidak valid"),
        start(review, "year 1e10", vars("nip", "\"" + DANI_NIP + "\"", "year", "10000000000", "quarter", "3"), 400,
            "Tahun 10000000000 tidak valid"),
        start(review, "NIP with SQL", vars("nip", "\"' OR 1=1 --\"", "year", "2100", "quarter", "3"), 400,
            "NIP '' OR 1=1 --' tidak valid"),
        start(review, "NIP in right-to-left script", vars("nip", "\"\u202E" + DANI_NIP + "\"", "year", "2100",
            "quarter", "3"), 400, "tidak valid: harus 18 digit angka"),
        start(review, "extra variable of an unknown type", "{\"variables\":{\"nip\":{\"value\":\"" + DANI_NIP
            + "\"},\"year\":{\"value\":2100},\"quarter\":{\"value\":3},\"catatan\":{\"value\":\"x\",\"type\":\"Sulap\"}}}",
            400, "message"),
        start("ProsesFiktif", "unknown process", vars("year", "2100"), 404, "message"));
  }

  static BadInput completeTask(String name, String user, String task, String body, int status, String reason) {
    return bad("complete " + name, user, POST, "/engine-rest/task/" + task + "/complete", JSON, body, status, reason);
  }

  static String plan(String... overrides) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    values.put("kesenjangan", "\"Dokumen yang diterbitkan baru 80 persen dari target.\"");
    values.put("tujuan", "\"Penerbitan dokumen sesuai target.\"");
    values.put("tindakan01", "\"Ikuti piket layanan pagi\"");
    values.put("tenggatTindakan01", "\"" + LocalDate.now(ReviewCalendar.ZONE).plusDays(30) + "\"");
    values.put("perluPelatihan", "false");
    for (int i = 0; i < overrides.length; i += 2) {
      if (overrides[i + 1] == null) {
        values.remove(overrides[i]);
      } else {
        values.put(overrides[i], overrides[i + 1]);
      }
    }
    return vars(values.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray(String[]::new));
  }

  static Stream<BadInput> taskCompletionCases() {
    String atasan = "yanti.purnamasari";
    String task = "{coachingPlanTask}";
    String today = LocalDate.now(ReviewCalendar.ZONE).toString();
    return Stream.of(
        completeTask("coaching plan: gaps missing", atasan, task, plan("kesenjangan", "\"\""), 400,
            "Kesenjangan kinerja wajib diisi"),
        completeTask("coaching plan: goals blank", atasan, task, plan("tujuan", "\"  \""), 400,
            "Tujuan pembinaan wajib diisi"),
        completeTask("coaching plan: no action", atasan, task, plan("tindakan01", "\"\"", "tenggatTindakan01", "\"\""),
            400, "paling sedikit satu tindakan"),
        completeTask("coaching plan: due date 31 February", atasan, task, plan("tenggatTindakan01", "\"2100-02-31\""),
            400, "Tindakan 1: tenggat"),
        completeTask("coaching plan: due date in words", atasan, task, plan("tenggatTindakan01", "\"besok\""), 400,
            "Tindakan 1: tenggat"),
        completeTask("coaching plan: due date in the past", atasan, task, plan("tenggatTindakan01",
            "\"" + LocalDate.parse(today).minusDays(1) + "\""), 400, "tenggat tidak boleh sebelum hari ini"),
        completeTask("coaching plan: due date in 2 years", atasan, task, plan("tenggatTindakan01",
            "\"" + LocalDate.parse(today).plusYears(2) + "\""), 400, "tenggat paling lambat satu tahun"),
        completeTask("coaching plan: action of 1 MB", atasan, task, plan("tindakan01", "\"" + "t".repeat(1 << 20) + "\""),
            400, "Tindakan 1: uraian terlalu panjang"),
        completeTask("coaching plan: control character in the gaps", atasan, task,
            plan("kesenjangan", "\"Kurang\\u0000teliti\""), 400, "Kesenjangan kinerja mengandung karakter kontrol"),
        completeTask("coaching plan: training wanted but none chosen", atasan, task, plan("perluPelatihan", "true"),
            400, "Pilih pelatihan dari katalog"),
        completeTask("coaching plan: unknown training", atasan, task, plan("perluPelatihan", "true", "pelatihanId",
            "\"999999\""), 400, "Pelatihan 999999 tidak ada dalam katalog"),
        completeTask("coaching plan: training id in words", atasan, task, plan("perluPelatihan", "true",
            "pelatihanId", "\"pelatihan\""), 400, "Pelatihan"),
        completeTask("coaching plan: malformed JSON", atasan, task, "{\"variables\":{\"kesenjangan\":", 400,
            "Format JSON permintaan tidak valid"),
        completeTask("unknown task", atasan, "00000000-0000-0000-0000-000000000000", plan(), 404,
            "Tugas tidak ditemukan: tugas ini mungkin sudah diselesaikan"),
        completeTask("task id with SQL", atasan, "x'%20OR%20'1'='1", plan(), 404, "Tugas tidak ditemukan"));
  }

  static BadInput meeting(String name, String body, int status, String reason) {
    return bad("meeting: " + name, BAJENIS_HEAD, POST, "/api/meetings/tasks/{meetingTask}", JSON, body, status, reason);
  }

  /** A meeting record for the Bajenis quarter with the given JSON fields replaced. */
  static String meetingBody(String... overrides) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    values.put("meetingDate", "\"2100-03-31\"");
    values.put("minutes", "\"Rapat berjalan.\"");
    values.put("attendees", "\"Sutan Parlindungan Harahap, S.H\"");
    values.put("unitResult", "\"BAIK\"");
    values.put("distributionJustification", "\"\"");
    values.put("decisions", "[{\"reviewId\":{reviewDani},\"followUp\":\"TANPA_TINDAK_LANJUT\"}]");
    for (int i = 0; i < overrides.length; i += 2) {
      if (overrides[i + 1] == null) {
        values.remove(overrides[i]);
      } else {
        values.put(overrides[i], overrides[i + 1]);
      }
    }
    StringBuilder json = new StringBuilder("{");
    values.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
    return json.append('}').toString();
  }

  static Stream<BadInput> meetingCases() {
    String future = "\"" + LocalDate.now(ReviewCalendar.ZONE).plusDays(1) + "\"";
    return Stream.of(
        meeting("malformed JSON", "{\"meetingDate\":", 400, "Format permintaan tidak valid"),
        meeting("empty object", "{}", 400, "Tanggal rapat wajib diisi"),
        meeting("date before the quarter", meetingBody("meetingDate", "\"1800-01-01\""), 400,
            "Tanggal rapat tidak boleh sebelum Triwulan I 2100 dimulai"),
        meeting("date in the future", meetingBody("meetingDate", future), 400, "Tanggal rapat tidak boleh di masa depan"),
        meeting("date 30 February", meetingBody("meetingDate", "\"2100-02-30\""), 400, "Format permintaan tidak valid"),
        meeting("date in words", meetingBody("meetingDate", "\"kemarin\""), 400, "Format permintaan tidak valid"),
        meeting("unknown unit result", meetingBody("unitResult", "\"LUAR_BIASA\""), 400, "Format permintaan tidak valid"),
        meeting("unit result missing", meetingBody("unitResult", null), 400,
            "Predikat kinerja organisasi (hasil unit) wajib dipilih"),
        meeting("unknown follow-up", meetingBody("decisions", "[{\"reviewId\":{reviewDani},\"followUp\":\"MUTASI\"}]"),
            400, "Format permintaan tidak valid"),
        meeting("follow-up missing", meetingBody("decisions", "[{\"reviewId\":{reviewDani}}]"), 400,
            "keputusan tindak lanjut wajib dipilih"),
        meeting("review not on the agenda", meetingBody("decisions", "[{\"reviewId\":999999,\"followUp\":\"PEMBINAAN\"}]"),
            400, "Penilaian 999999 tidak ada dalam agenda rapat ini"),
        meeting("review id in words", meetingBody("decisions", "[{\"reviewId\":\"dani\",\"followUp\":\"PEMBINAAN\"}]"),
            400, "Format permintaan tidak valid"),
        meeting("review id -1", meetingBody("decisions", "[{\"reviewId\":-1,\"followUp\":\"PEMBINAAN\"}]"), 400,
            "Penilaian -1 tidak ada dalam agenda"),
        meeting("decided twice", meetingBody("decisions", "[{\"reviewId\":{reviewDani},\"followUp\":"
            + "\"TANPA_TINDAK_LANJUT\"},{\"reviewId\":{reviewDani},\"followUp\":\"PEMBINAAN\"}]"), 400,
            "diputuskan lebih dari sekali"),
        meeting("someone not decided", meetingBody(), 400, "belum diputuskan"),
        meeting("decision differs without a reason", meetingBody("decisions",
            "[{\"reviewId\":{reviewDani},\"followUp\":\"PENGHARGAAN\"}]"), 400,
            "alasan keputusan yang berbeda dari rekomendasi wajib diisi"),
        meeting("decisions not a list", meetingBody("decisions", "\"semua\""), 400, "Format permintaan tidak valid"),
        meeting("minutes of 1 MB", meetingBody("minutes", "\"" + "n".repeat(1 << 20) + "\""), 400,
            "Notulen rapat terlalu panjang (1048576 karakter, maksimal 20000)"),
        meeting("minutes with a control character", meetingBody("minutes", "\"Rapat\\u001b[31m\""), 400,
            "Notulen rapat mengandung karakter kontrol"),
        meeting("attendees missing", meetingBody("attendees", null), 400, "Peserta rapat wajib diisi"),
        meeting("justification of 4001 characters", meetingBody("distributionJustification",
            "\"" + "j".repeat(4001) + "\""), 400, "Justifikasi distribusi terlalu panjang"),
        bad("meeting: as plain text", BAJENIS_HEAD, POST, "/api/meetings/tasks/{meetingTask}", MediaType.TEXT_PLAIN,
            "rapat", 415, "Jenis konten tidak didukung"),
        bad("meeting: unknown task", BAJENIS_HEAD, POST, "/api/meetings/tasks/tidak-ada", JSON, meetingBody(), 404,
            "Tugas rapat tidak-ada tidak ditemukan"),
        bad("meeting: task id with SQL", BAJENIS_HEAD, POST, "/api/meetings/tasks/x'%20OR%20'1'='1", JSON,
            meetingBody(), 404, "tidak ditemukan"),
        bad("meeting: the coaching plan task", BAJENIS_HEAD, POST, "/api/meetings/tasks/{coachingPlanTask}", JSON,
            meetingBody(), 404, "tidak ditemukan"),
        bad("meeting: agenda of an unknown task", BAJENIS_HEAD, GET, "/api/meetings/tasks/tidak-ada", null, null, 404,
            "Tugas rapat tidak-ada tidak ditemukan"),
        bad("meeting: report of an unknown cycle", BKPSDM, GET, "/api/cycles/FIKTIF-2100-Q1/meetings", null, null, 404,
            "Siklus FIKTIF-2100-Q1 tidak ditemukan"));
  }

  static Stream<BadInput> competencyCases() {
    String future = LocalDate.now(ReviewCalendar.ZONE).plusDays(40).toString();
    String session = "{\"startDate\":\"" + future + "\",\"endDate\":\"" + future + "\",\"place\":\"Aula\",\"capacity\":5}";
    return Stream.of(
        bad("training: malformed JSON", BKPSDM, POST, "/api/pelatihan", JSON, "{\"code\":", 400,
            "Format permintaan tidak valid"),
        bad("training: empty object", BKPSDM, POST, "/api/pelatihan", JSON, "{}", 400, "Kode pelatihan wajib diisi"),
        bad("training: code in lower case", BKPSDM, POST, "/api/pelatihan", JSON, training("\"ab-cd\"", "16"), 400,
            "Kode pelatihan wajib diisi: 2 sampai 30 huruf besar"),
        bad("training: code with markup", BKPSDM, POST, "/api/pelatihan", JSON, training("\"<B>\"", "16"), 400,
            "Kode pelatihan wajib diisi"),
        bad("training: code of 1 MB", BKPSDM, POST, "/api/pelatihan", JSON, training("\"" + "A".repeat(1 << 20) + "\"",
            "16"), 400, "Kode pelatihan wajib diisi"),
        bad("training: code already used", BKPSDM, POST, "/api/pelatihan", JSON, training("\"TEST-BADINPUT\"", "16"),
            400, "Kode pelatihan TEST-BADINPUT sudah dipakai"),
        bad("training: unknown kind", BKPSDM, POST, "/api/pelatihan", JSON,
            training("\"TEST-BADINPUT-2\"", "16").replace("\"TEKNIS\"", "\"SULAP\""), 400, "Format permintaan tidak valid"),
        bad("training: 0 hours", BKPSDM, POST, "/api/pelatihan", JSON, training("\"TEST-BADINPUT-2\"", "0"), 400,
            "Jumlah jam pelajaran harus antara 1 dan"),
        bad("training: -5 hours", BKPSDM, POST, "/api/pelatihan", JSON, training("\"TEST-BADINPUT-2\"", "-5"), 400,
            "Jumlah jam pelajaran harus antara 1 dan"),
        bad("training: 2 billion hours", BKPSDM, POST, "/api/pelatihan", JSON, training("\"TEST-BADINPUT-2\"",
            "2000000000"), 400, "Jumlah jam pelajaran harus antara 1 dan"),
        bad("training: hours beyond a number", BKPSDM, POST, "/api/pelatihan", JSON, training("\"TEST-BADINPUT-2\"",
            "99999999999999999999"), 400, "Format permintaan tidak valid"),
        bad("training: hours in words", BKPSDM, POST, "/api/pelatihan", JSON, training("\"TEST-BADINPUT-2\"",
            "\"enam belas\""), 400, "Format permintaan tidak valid"),
        bad("training: title with a control character", BKPSDM, POST, "/api/pelatihan", JSON,
            training("\"TEST-BADINPUT-2\"", "16").replace("Uji\"", "Uji\\u0007\""), 400, "karakter kontrol"),
        bad("training: code changed", BKPSDM, PUT, "/api/pelatihan/{training}", JSON, training("\"TEST-LAIN\"", "16"),
            400, "Kode pelatihan TEST-BADINPUT tidak dapat diubah"),
        bad("training: change of an unknown training", BKPSDM, PUT, "/api/pelatihan/999999", JSON,
            training("\"TEST-BADINPUT\"", "16"), 404, "Pelatihan 999999 tidak ada dalam katalog"),
        bad("training: id in words", BKPSDM, PUT, "/api/pelatihan/abc", JSON, training("\"TEST-BADINPUT\"", "16"), 400,
            "Format permintaan tidak valid"),
        bad("training: catalogue flag in words", BKPSDM, GET, "/api/pelatihan?semua=kadang", null, null, 400,
            "Format permintaan tidak valid"),
        bad("training: sessions of an unknown training", BKPSDM, GET, "/api/pelatihan/999999/sesi", null, null, 404,
            "Pelatihan 999999 tidak ada dalam katalog"),
        bad("session: of an unknown training", BKPSDM, POST, "/api/pelatihan/999999/sesi", JSON, session, 404,
            "Pelatihan 999999 tidak ada dalam katalog"),
        bad("session: in the past", BKPSDM, POST, "/api/pelatihan/{training}/sesi", JSON,
            session.replace(future, "2020-01-06"), 400, "sudah lewat"),
        bad("session: ends before it starts", BKPSDM, POST, "/api/pelatihan/{training}/sesi", JSON,
            session.replace("\"endDate\":\"" + future, "\"endDate\":\"" + LocalDate.parse(future).minusDays(3)), 400,
            "Tanggal selesai tidak boleh sebelum tanggal mulai"),
        bad("session: in 5 years", BKPSDM, POST, "/api/pelatihan/{training}/sesi", JSON,
            session.replace(future, LocalDate.parse(future).plusYears(5).toString()), 400,
            "Tanggal mulai paling lambat tiga tahun dari sekarang"),
        bad("session: year 1800", BKPSDM, POST, "/api/pelatihan/{training}/sesi", JSON,
            session.replace(future, "1800-01-01"), 400, "sudah lewat"),
        bad("session: capacity 0", BKPSDM, POST, "/api/pelatihan/{training}/sesi", JSON,
            session.replace("\"capacity\":5", "\"capacity\":0"), 400, "Kapasitas harus lebih dari 0 peserta"),
        bad("session: capacity -1", BKPSDM, POST, "/api/pelatihan/{training}/sesi", JSON,
            session.replace("\"capacity\":5", "\"capacity\":-1"), 400, "Kapasitas harus lebih dari 0 peserta"),
        bad("session: capacity 1000000", BKPSDM, POST, "/api/pelatihan/{training}/sesi", JSON,
            session.replace("\"capacity\":5", "\"capacity\":1000000"), 400, "Kapasitas paling banyak"),
        bad("session: dates missing", BKPSDM, POST, "/api/pelatihan/{training}/sesi", JSON, "{\"capacity\":5}", 400,
            "Tanggal mulai dan tanggal selesai sesi wajib diisi"),
        bad("session: date 2100-13-01", BKPSDM, POST, "/api/pelatihan/{training}/sesi", JSON,
            session.replace(future, "2100-13-01"), 400, "Format permintaan tidak valid"),
        bad("session: change of an unknown session", BKPSDM, PUT, "/api/pelatihan/sesi/999999", JSON, session, 404,
            "Sesi pelatihan 999999 tidak ditemukan"),
        bad("session: change to capacity 0", BKPSDM, PUT, "/api/pelatihan/sesi/{session}", JSON,
            session.replace("\"capacity\":5", "\"capacity\":0"), 400, "Kapasitas"),
        bad("session: participants of an unknown session", BKPSDM, GET, "/api/pelatihan/sesi/999999/peserta", null, null,
            404, "Sesi pelatihan 999999 tidak ditemukan"),
        bad("nomination: cancel an unknown one", BKPSDM, POST, "/api/kompetensi/usulan/999999/pembatalan", JSON,
            "{\"reason\":\"Pegawai pindah tugas.\"}", 404, "999999"),
        bad("nomination: id in words", BKPSDM, POST, "/api/kompetensi/usulan/abc/pembatalan", JSON,
            "{\"reason\":\"Pegawai pindah tugas.\"}", 400, "Format permintaan tidak valid"),
        bad("nomination: cancellation without a body", BKPSDM, POST, "/api/kompetensi/usulan/999999/pembatalan", JSON,
            "", 400, "Format permintaan tidak valid"),
        bad("history: malformed NIP", BKPSDM, GET, "/api/kompetensi/riwayat/12345", null, null, 400,
            "NIP '12345' tidak valid"),
        bad("history: unknown NIP", BKPSDM, GET, "/api/kompetensi/riwayat/199001012015011999", null, null, 404,
            "Riwayat kompetensi pegawai 199001012015011999 tidak ditemukan"));
  }

  static String training(String code, String hours) {
    return "{\"code\":" + code + ",\"title\":\"Pelatihan Uji\",\"kind\":\"TEKNIS\",\"competency\":\"Pengujian\","
        + "\"hours\":" + hours + ",\"active\":true}";
  }

  static Stream<BadInput> dashboardCases() {
    return Stream.of(
        bad("dashboard: year 1800", BKPSDM, GET, "/api/dashboard?year=1800&quarter=1", null, null, 400,
            "Tahun 1800 tidak valid"),
        bad("dashboard: quarter 5", BKPSDM, GET, "/api/dashboard?year=2100&quarter=5", null, null, 400,
            "Triwulan 5 tidak valid"),
        bad("dashboard: quarter 0", BKPSDM, GET, "/api/dashboard?year=2100&quarter=0", null, null, 400,
            "Triwulan 0 tidak valid"),
        bad("dashboard: year in words", BKPSDM, GET, "/api/dashboard?year=dua-ribu&quarter=1", null, null, 400,
            "Format permintaan tidak valid"),
        bad("dashboard: year beyond a number", BKPSDM, GET, "/api/dashboard?year=99999999999&quarter=1", null, null,
            400, "Format permintaan tidak valid"),
        bad("dashboard: year without quarter", BKPSDM, GET, "/api/dashboard?year=2100", null, null, 400,
            "Pilih tahun dan triwulan sekaligus"),
        bad("dashboard: quarter with SQL", BKPSDM, GET, "/api/dashboard?year=2100&quarter=1%20OR%201=1", null, null, 400,
            "Format permintaan tidak valid"),
        bad("dashboard: unknown unit", BKPSDM, GET, "/api/dashboard/units/FIKTIF/employees?year=2100&quarter=1", null,
            null, 404, "Unit FIKTIF tidak ditemukan"),
        bad("dashboard: unit with markup", BKPSDM, GET,
            "/api/dashboard/units/%3Cscript%3Ealert(1)/employees?year=2100&quarter=1", null, null, 404,
            "tidak ditemukan"),
        bad("dashboard: unit report of quarter -1", BKPSDM, GET, "/api/dashboard/units/KEC-BAJENIS/report?year=2100"
            + "&quarter=-1", null, null, 400, "Triwulan -1 tidak valid"),
        bad("dashboard: unknown employee", BKPSDM, GET, "/api/dashboard/employees/199001012015011999", null, null, 404,
            "Pegawai 199001012015011999 tidak ditemukan"),
        bad("dashboard: employee NIP with SQL", BKPSDM, GET, "/api/dashboard/employees/1'%20OR%20'1'='1", null, null,
            404, "tidak ditemukan"),
        bad("dashboard: export of year 1800", BKPSDM, GET, "/api/dashboard/export.csv?year=1800&quarter=1", null, null,
            400, "Tahun 1800 tidak valid"),
        bad("dashboard: export of unit quarter 9", BKPSDM, GET,
            "/api/dashboard/units/KEC-BAJENIS/employees.csv?year=2100&quarter=9", null, null, 400,
            "Triwulan 9 tidak valid"),
        bad("dashboard: export of an unknown unit", BKPSDM, GET,
            "/api/dashboard/units/FIKTIF/employees.csv?year=2100&quarter=1", null, null, 404, "Unit FIKTIF tidak ditemukan"));
  }

  static Stream<BadInput> cycleAndMigrationCases() {
    String joiner = "{\"nip\":\"" + DANI_NIP + "\"}";
    return Stream.of(
        bad("join: malformed cycle key", BKPSDM, POST, "/api/cycles/KEC-BAJENIS/employees", JSON, joiner, 400,
            "Kode siklus 'KEC-BAJENIS' tidak valid"),
        bad("join: year 1800", BKPSDM, POST, "/api/cycles/KEC-BAJENIS-1800-Q1/employees", JSON, joiner, 400,
            "Tahun 1800 tidak valid"),
        bad("join: quarter 5", BKPSDM, POST, "/api/cycles/KEC-BAJENIS-2100-Q5/employees", JSON, joiner, 400,
            "Triwulan 5 tidak valid"),
        bad("join: quarter in words", BKPSDM, POST, "/api/cycles/KEC-BAJENIS-2100-Qsatu/employees", JSON, joiner, 400,
            "tidak valid: gunakan <kodeUnit>-<tahun>-Q<triwulan>"),
        bad("join: year beyond a number", BKPSDM, POST, "/api/cycles/KEC-BAJENIS-99999999999-Q1/employees", JSON, joiner,
            400, "tidak valid: gunakan"),
        bad("join: cycle not open", BKPSDM, POST, "/api/cycles/KEC-BAJENIS-2100-Q4/employees", JSON, joiner, 404,
            "Siklus KEC-BAJENIS-2100-Q4 belum dibuka"),
        bad("join: NIP missing", BKPSDM, POST, "/api/cycles/KEC-BAJENIS-2100-Q1/employees", JSON, "{}", 400,
            "NIP pegawai wajib diisi"),
        bad("join: unknown NIP", BKPSDM, POST, "/api/cycles/KEC-BAJENIS-2100-Q1/employees", JSON,
            "{\"nip\":\"199001012015011999\"}", 400, "Pegawai dengan NIP 199001012015011999 tidak terdaftar"),
        bad("join: employee of another unit", BKPSDM, POST, "/api/cycles/KEC-BAJENIS-2100-Q1/employees", JSON,
            "{\"nip\":\"199201082014032008\"}", 400, "bukan pegawai Kecamatan Bajenis"),
        bad("join: malformed JSON", BKPSDM, POST, "/api/cycles/KEC-BAJENIS-2100-Q1/employees", JSON, "{\"nip\":", 400,
            "Format permintaan tidak valid"),
        bad("withdraw: unknown review", BKPSDM, POST, "/api/reviews/TIDAK-ADA/withdraw", JSON,
            "{\"reason\":\"Pindah tugas\"}", 404, "Penilaian TIDAK-ADA tidak ditemukan"),
        bad("withdraw: without a reason", BKPSDM, POST, "/api/reviews/{reviewKeyDani}/withdraw", JSON, "{}", 400,
            "wajib diisi"),
        bad("withdraw: reason of 1 MB", BKPSDM, POST, "/api/reviews/{reviewKeyDani}/withdraw", JSON,
            "{\"reason\":\"" + "r".repeat(1 << 20) + "\"}", 400, "terlalu panjang"),
        bad("withdraw: malformed JSON", BKPSDM, POST, "/api/reviews/{reviewKeyDani}/withdraw", JSON, "{\"reason\"", 400,
            "Format permintaan tidak valid"),
        bad("migration: empty request", ADMIN, POST, "/api/admin/migrations", JSON, "{}", 400,
            "Sebutkan definisi sumber"),
        bad("migration: unknown process", ADMIN, POST, "/api/admin/migrations", JSON,
            "{\"processDefinitionKey\":\"ProsesFiktif\",\"sourceVersion\":1}", 404,
            "Definisi proses sumber 'ProsesFiktif' versi 1 tidak ditemukan"),
        bad("migration: version 0", ADMIN, POST, "/api/admin/migrations", JSON,
            "{\"processDefinitionKey\":\"EmployeeQuarterlyReview\",\"sourceVersion\":0}", 400,
            "Versi sumber 0 tidak valid: versi definisi proses dimulai dari 1"),
        bad("migration: version 99999", ADMIN, POST, "/api/admin/migrations", JSON,
            "{\"processDefinitionKey\":\"EmployeeQuarterlyReview\",\"sourceVersion\":1,\"targetVersion\":99999}", 404,
            "versi 99999 tidak ditemukan"),
        bad("migration: unknown definition id", ADMIN, POST, "/api/admin/migrations", JSON,
            "{\"sourceProcessDefinitionId\":\"x' OR 1=1\",\"processDefinitionKey\":\"EmployeeQuarterlyReview\"}", 404,
            "Definisi proses sumber 'x' OR 1=1' tidak ditemukan"),
        bad("migration: version in words", ADMIN, POST, "/api/admin/migrations", JSON,
            "{\"processDefinitionKey\":\"EmployeeQuarterlyReview\",\"sourceVersion\":\"satu\"}", 400,
            "Format permintaan tidak valid"),
        bad("migration: dry run flag in words", ADMIN, POST, "/api/admin/migrations", JSON,
            "{\"processDefinitionKey\":\"EmployeeQuarterlyReview\",\"sourceVersion\":1,\"dryRun\":\"mungkin\"}", 400,
            "Format permintaan tidak valid"),
        bad("migration: malformed JSON", ADMIN, POST, "/api/admin/migrations", JSON, "{\"processDefinitionKey\"", 400,
            "Format permintaan tidak valid"),
        bad("certificate: unknown award", BKPSDM, GET, "/sertifikat/999999", null, null, 404,
            "Penghargaan 999999 tidak ditemukan"),
        bad("certificate: id in words", BKPSDM, GET, "/sertifikat/abc", null, null, 400, "Format permintaan tidak valid"));
  }

  static Stream<BadInput> badInputs() {
    return Stream.of(rosterCases(), processStartCases(), taskCompletionCases(), meetingCases(), competencyCases(),
        dashboardCases(), cycleAndMigrationCases()).flatMap(cases -> cases);
  }

  @Test
  void thereAreAtLeastAHundredCases() {
    assertThat(badInputs().count()).isGreaterThanOrEqualTo(100);
    assertThat(badInputs().map(BadInput::name).distinct().count()).isEqualTo(badInputs().count());
  }

  /**
   * Markup in a name that the roster brings in is data, not markup, wherever it is shown: the meeting page and the
   * certificate escape it; the dashboard API hands it over as JSON, which the dashboard's script writes as text.
   */
  @Test
  void markupInARosterNameIsShownAsTextOnTheMeetingPageAndTheCertificate() throws Exception {
    String name = "<script>alert('x')</script> Dani";
    try {
      ResponseEntity<String> imported = send(bad("roster with markup in a name", BKPSDM, POST, "/api/roster", CSV,
          field(DANI_NIP, 1, name), 200, ""));
      assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(200);
      assertThat(jdbc.queryForObject("select name from employee where nip = ?", String.class, DANI_NIP)).isEqualTo(name);

      HttpResponse<String> meetingPage = TasklistSession.logIn(port, BAJENIS_HEAD, "demo")
          .get("/rapat/" + ids.get("{meetingTask}"));
      assertThat(meetingPage.statusCode()).isEqualTo(200);
      assertThat(meetingPage.body()).contains("&lt;script&gt;alert(").doesNotContain("<script>alert");

      Long reviewId = new ReviewFixtures(reviewService, jdbc).decided(DANI, YEAR, 3, Predikat.SANGAT_BAIK,
          FollowUp.PENGHARGAAN);
      Long awardId = awards.grantFor(reviewId).getId();
      ResponseEntity<String> certificate = send(bad("certificate", BKPSDM, GET, "/sertifikat/" + awardId, null, null,
          200, ""));
      assertThat(certificate.getStatusCode().value()).isEqualTo(200);
      assertThat(certificate.getBody()).contains("&lt;script&gt;alert(").doesNotContain("<script>alert");

      ResponseEntity<String> dashboard = send(bad("dashboard", BKPSDM, GET,
          "/api/dashboard/units/KEC-BAJENIS/employees?year=" + YEAR + "&quarter=1", null, null, 200, ""));
      assertThat(dashboard.getHeaders().getContentType().isCompatibleWith(JSON)).isTrue();
      assertThat(dashboard.getBody()).contains("\"<script>alert('x')</script> Dani\"");
    } finally {
      DemoRoster.restore(rosterImport, jdbc, identityService, new TransactionTemplate(transactionManager));
    }
    assertThat(jdbc.queryForObject("select name from employee where nip = ?", String.class, DANI_NIP))
        .isEqualTo("Dani Firmansyah");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void isRefusedWithAReasonAndChangesNothing(BadInput input) {
    Map<String, String> before = snapshot();

    ResponseEntity<String> response = send(input);

    assertThat(response.getStatusCode().value()).as("status of %s: %s", input.name(), abbreviated(response.getBody()))
        .isEqualTo(input.status());
    assertThat(response.getBody()).as("reason").isNotBlank().contains(input.reason());
    assertThat(response.getBody()).as("no internals").doesNotContain("\tat ", "org.hibernate", "SQL statement");
    assertThat(snapshot()).as("database after %s", input.name()).isEqualTo(before);
  }

  private ResponseEntity<String> send(BadInput input) {
    String path = resolve(input.path());
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.ALL));
    Object body = input.body() instanceof String text ? resolve(text) : input.body();
    if (input.type() != null) {
      headers.setContentType(input.type());
      if (body instanceof String text && !MediaType.MULTIPART_FORM_DATA.equals(input.type())) {
        body = text.getBytes(StandardCharsets.UTF_8);
      }
    }
    RequestEntity<Object> request = new RequestEntity<>(body, headers, input.method(),
        URI.create(rest.getRootUri() + path));
    return rest.withBasicAuth(input.user(), ADMIN.equals(input.user()) ? "admin" : "demo")
        .exchange(request, String.class);
  }

  private String resolve(String text) {
    String resolved = text;
    for (Map.Entry<String, String> id : ids.entrySet()) {
      resolved = resolved.replace(id.getKey(), id.getValue());
    }
    return resolved;
  }

  private static String abbreviated(String body) {
    return body == null || body.length() < 600 ? body : body.substring(0, 600) + "…";
  }

  /** Every domain table and the engine's runtime tables row for row (as text, sorted), and other engine tables' sizes. */
  Map<String, String> snapshot() {
    Map<String, String> tables = new java.util.TreeMap<>();
    for (String table : Stream.concat(DOMAIN_TABLES.stream(), ENGINE_TABLES.stream()).toList()) {
      List<String> rows = jdbc.query("select * from " + table, (rs, i) -> {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
          row.append(rs.getString(c)).append('|');
        }
        return row.toString();
      });
      List<String> sorted = new ArrayList<>(rows);
      java.util.Collections.sort(sorted);
      tables.put(table, sorted.size() + " rows, hash " + String.join("\n", sorted).hashCode());
    }
    for (String table : COUNTED_ENGINE_TABLES) {
      tables.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class) + " rows");
    }
    return tables;
  }
}
