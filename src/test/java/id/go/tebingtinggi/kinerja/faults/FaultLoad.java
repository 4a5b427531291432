package id.go.tebingtinggi.kinerja.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load of the fault scripts (tools/faults/): one quarter of a generated roster driven to its end through the
 * application's HTTP interfaces only, as the people who do each step, with requests spread over one or more
 * application nodes. A node that is down (connection refused or reset, 502/503, or a 500 while its database is
 * away) is skipped and the request retried on the next node; a task whose completion failed is simply found open
 * again in the next round and completed then, so nothing depends on a response having arrived.
 *
 * <p>Run with the Jackson jars on the class path (the scripts take them from the application jar):
 * {@code java -cp ... id.go.tebingtinggi.kinerja.faults.FaultLoad --urls=http://127.0.0.1:18080 --units=3
 * --employees=120 --year=2026 --quarter=4 --admin-password=... --out=summary.properties}.
 * It writes the roster it generated (for the end checks) and exits 0 once the quarter is finished, 1 on timeout.
 */
public final class FaultLoad {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  static final ObjectMapper JSON = new ObjectMapper();
  static final String[] CANDIDATE_UNITS = {"BKPSDM", "DISKOMINFO", "DISDUKCAPIL", "BAPPEDA", "INSPEKTORAT"};
  static final List<String> CORE_VALUES = List.of("perilakuBerorientasiPelayanan", "perilakuAkuntabel",
      "perilakuKompeten", "perilakuHarmonis", "perilakuLoyal", "perilakuAdaptif", "perilakuKolaboratif");
  static final String[] ASPECTS = {"KUANTITAS", "WAKTU", "KUALITAS", "KUANTITAS", "KUALITAS"};
  static final double[] TARGETS = {120, 5, 90, 48, 95};
  static final String[] SATUAN = {"dokumen", "hari", "persen", "laporan", "persen"};
  static final int[][] WEIGHTS = {{}, {}, {}, {40, 30, 30}, {30, 25, 25, 20}, {20, 20, 20, 20, 20}};

  final List<String> urls;
  final String adminPassword;
  final String userPassword;
  final int unitCount;
  final int employees;
  final int year;
  final int quarter;
  final long seed;
  final int threads;
  final Duration timeout;
  final Path out;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  final AtomicInteger nextNode = new AtomicInteger();
  final AtomicLong requests = new AtomicLong();
  final AtomicLong retriedRequests = new AtomicLong();
  final AtomicLong failedCompletions = new AtomicLong();
  final Map<String, AtomicInteger> completed = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> requestsByNode = new ConcurrentHashMap<>();
  final Set<String> targetsReturned = ConcurrentHashMap.newKeySet();
  final Map<String, String> lastFailure = new ConcurrentHashMap<>();
  final List<String> units = new ArrayList<>();
  final List<String[]> roster = new ArrayList<>();
  String bkpsdmUser;

  FaultLoad(Map<String, String> args) {
    urls = List.of(args.getOrDefault("urls", "http://127.0.0.1:8080").split(","));
    adminPassword = args.getOrDefault("admin-password", "admin");
    userPassword = args.getOrDefault("user-password", "Uji-Gangguan-2026!");
    unitCount = Integer.parseInt(args.getOrDefault("units", "3"));
    employees = Integer.parseInt(args.getOrDefault("employees", "120"));
    year = Integer.parseInt(args.getOrDefault("year", "2026"));
    quarter = Integer.parseInt(args.getOrDefault("quarter", "4"));
    seed = Long.parseLong(args.getOrDefault("seed", "9"));
    threads = Integer.parseInt(args.getOrDefault("threads", "4"));
    timeout = Duration.ofMinutes(Long.parseLong(args.getOrDefault("timeout-minutes", "40")));
    out = Path.of(args.getOrDefault("out", "fault-load.properties"));
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (String arg : argv) {
      int eq = arg.indexOf('=');
      args.put(arg.substring(2, eq < 0 ? arg.length() : eq), eq < 0 ? "true" : arg.substring(eq + 1));
    }
    FaultLoad load = new FaultLoad(args);
    boolean finished = load.run();
    System.exit(finished ? 0 : 1);
  }

  // --- the quarter -------------------------------------------------------------------------------------------

  boolean run() throws Exception {
    long started = System.nanoTime();
    log("nodes " + urls);
    waitForANode();
    generateRoster();
    importRoster();
    setPasswords();
    openQuarter();
    boolean finished = driveToTheEnd(started);
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    writeSummary(finished, seconds);
    log((finished ? "quarter finished" : "TIMEOUT: quarter not finished") + " after " + seconds + " s; completed "
        + completed + "; requests " + requests + " (retried " + retriedRequests + ", failed completions "
        + failedCompletions + "); by node " + requestsByNode);
    return finished;
  }

  /** Sekretaris Daerah at the top, then per unit a kepala, kepala bidang and staff. */
  void generateRoster() {
    Random random = new Random(seed);
    for (int i = 0; i < unitCount; i++) {
      units.add(CANDIDATE_UNITS[i]);
    }
    Set<String> nips = new LinkedHashSet<>();
    String sekda = nip(random, nips);
    roster.add(new String[] {sekda, "Sekretaris Daerah Uji", "Sekretaris Daerah", "struktural", "SETDA", "",
        "sekda.uji"});
    int perUnit = Math.max(4, (employees - 1) / unitCount);
    int n = 0;
    for (String unit : units) {
      String prefix = unit.toLowerCase().replace("-", "");
      String head = nip(random, nips);
      roster.add(new String[] {head, "Kepala " + unit + " Uji", "Kepala " + unit, "struktural", unit, sekda,
          prefix + ".kepala"});
      int bidang = Math.max(1, perUnit / 12);
      List<String> heads = new ArrayList<>();
      for (int b = 1; b <= bidang; b++) {
        String nip = nip(random, nips);
        heads.add(nip);
        roster.add(new String[] {nip, "Kabid " + b + " " + unit, "Kepala Bidang " + b, "struktural", unit, head,
            prefix + ".kabid" + b});
      }
      for (int s = 1; s <= perUnit - 1 - bidang; s++) {
        n++;
        roster.add(new String[] {nip(random, nips), "Pegawai " + n + " " + unit, "Pengadministrasi Umum",
            "pelaksana", unit, heads.get(s % heads.size()), prefix + ".staf" + s});
      }
    }
    bkpsdmUser = "bkpsdm.kabid1";
    log("roster: " + roster.size() + " employees in " + units + " (" + (roster.size() - 1) + " reviews expected)");
  }

  static String nip(Random random, Set<String> taken) {
    while (true) {
      String nip = String.format("%04d%02d%02d%04d%02d%d%03d", 1965 + random.nextInt(30), 1 + random.nextInt(12),
          1 + random.nextInt(28), 2000 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(2),
          1 + random.nextInt(999));
      if (taken.add(nip)) {
        return nip;
      }
    }
  }

  void importRoster() throws Exception {
    StringBuilder csv = new StringBuilder("nip;nama;jabatan;jenis_jabatan;kode_unit;nip_atasan;login\n");
    roster.forEach(row -> csv.append(String.join(";", row)).append('\n'));
    Files.writeString(out.resolveSibling(out.getFileName() + ".roster.csv"), csv);
    Response response = retry("roster import", () -> send("POST", "/api/roster", "admin", csv.toString(),
        "text/csv"), r -> r.status / 100 == 2);
    log("roster imported: " + response.status + " " + abbreviate(response.body));
  }

  void setPasswords() {
    parallel(roster, row -> {
      ObjectNode body = JSON.createObjectNode().put("password", userPassword)
          .put("authenticatedUserPassword", adminPassword);
      retry("password of " + row[6], () -> send("PUT", "/engine-rest/user/" + row[6] + "/credentials", "admin",
          body.toString(), "application/json"), r -> r.status == 204);
    });
    log("passwords set for " + roster.size() + " users");
  }

  void openQuarter() {
    if (count("/engine-rest/history/process-instance/count?processDefinitionKey=QuarterOpening") > 0) {
      return;
    }
    ObjectNode body = JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    variables.putObject("year").put("value", year);
    variables.putObject("quarter").put("value", quarter);
    variables.putObject("seluruhUnit").put("value", false);
    variables.putObject("unitDipilih").put("value", String.join(",", units));
    Response response = retry("opening", () -> {
      if (count("/engine-rest/history/process-instance/count?processDefinitionKey=QuarterOpening") > 0) {
        return new Response(200, "{\"already\":true}", "");
      }
      return send("POST", "/engine-rest/process-definition/key/QuarterOpening/start", bkpsdmUser, body.toString(),
          "application/json");
    }, r -> r.status == 200);
    log("quarter " + year + "-Q" + quarter + " opened by " + bkpsdmUser + ": " + abbreviate(response.body));
  }

  /** Rounds: every open task completed by its assignee, until no task, job or cycle is left. */
  boolean driveToTheEnd(long started) throws Exception {
    int quietRounds = 0;
    int round = 0;
    while (System.nanoTime() - started < timeout.toNanos()) {
      round++;
      List<JsonNode> tasks = openTasks();
      if (!tasks.isEmpty()) {
        quietRounds = 0;
        parallel(tasks, this::complete);
        continue;
      }
      // every asynchronous continuation still to run, also one whose retry is not due yet (a failed job waits)
      long jobs = count("/engine-rest/job/count?messages=true&withRetriesLeft=true");
      long failedJobs = count("/engine-rest/job/count?noRetriesLeft=true");
      long cycles = count("/engine-rest/process-instance/count?processDefinitionKey=UnitQuarterlyCycle");
      long cyclesStarted = count("/engine-rest/history/process-instance/count?processDefinitionKey=UnitQuarterlyCycle");
      long openings = count("/engine-rest/process-instance/count?processDefinitionKey=QuarterOpening");
      if (round % 5 == 0 || jobs == 0) {
        log("round " + round + ": no open task; asynchronous jobs left " + jobs + ", jobs without retries " + failedJobs
            + ", cycles running " + cycles + " of " + cyclesStarted + ", openings running " + openings);
      }
      if (jobs == 0 && cycles == 0 && openings == 0 && cyclesStarted >= units.size() && failedJobs == 0) {
        if (++quietRounds >= 3) {
          return true;
        }
      } else if (failedJobs > 0 && jobs == 0 && round % 10 == 0) {
        log("jobs without retries left are waiting for a hand: " + failedJobs);
      }
      Thread.sleep(2000);
    }
    return false;
  }

  List<JsonNode> openTasks() {
    List<JsonNode> all = new ArrayList<>();
    for (int first = 0; ; first += 500) {
      int offset = first;
      Response response = retry("task list", () -> send("GET", "/engine-rest/task?sortBy=created&sortOrder=asc"
          + "&firstResult=" + offset + "&maxResults=500", "admin", null, null), r -> r.status == 200);
      JsonNode page = response.json();
      page.forEach(all::add);
      if (page.size() < 500) {
        return all;
      }
    }
  }

  void complete(JsonNode task) {
    String id = task.path("id").asText();
    String key = task.path("taskDefinitionKey").asText();
    String assignee = task.path("assignee").isTextual() ? task.path("assignee").asText() : null;
    String instance = task.path("processInstanceId").asText();
    try {
      Response response = switch (key) {
        case "UserTask_ProposeTargets" -> completeTask(id, assignee, targets(instance));
        case "UserTask_ReviewTargets" -> completeTask(id, assignee, targetReview(instance));
        case "UserTask_SelfAssess" -> completeTask(id, assignee, selfAssessment(instance));
        case "UserTask_ReviewPerformance" -> completeTask(id, assignee, supervisorReview(id, assignee, instance));
        case "UserTask_RespondToResult" -> completeTask(id, assignee, resultResponse(instance));
        case "UserTask_DecideObjection" -> completeTask(id, assignee, Map.of("keputusanKeberatan", "TOLAK",
            "alasanKeputusanKeberatan", "Tugas tambahan sudah diperhitungkan dalam penilaian atasan."));
        case "UserTask_HoldMeeting" -> holdMeeting(id, assignee);
        case "UserTask_HandOverAward" -> handOver(id, assignee);
        case "UserTask_PlanCoaching" -> completeTask(id, assignee, Map.of("kesenjangan",
            "Capaian indikator utama di bawah target triwulan.", "tujuan",
            "Capaian indikator utama kembali sesuai target pada triwulan berikutnya.", "tindakan01",
            "Pendampingan mingguan oleh atasan langsung", "tenggatTindakan01",
            LocalDate.now(WIB).plusDays(30).toString(), "perluPelatihan", false));
        case "UserTask_AcknowledgePlan" -> completeTask(id, assignee, Map.of("pernyataanMembaca", true,
            "tanggapanPegawai", "Saya memahami rencana pembinaan ini."));
        case "UserTask_RecordSession" -> completeTask(id, assignee, Map.of("tanggalSesi",
            LocalDate.now(WIB).toString(), "topikSesi", "Evaluasi capaian indikator utama.", "kesepakatanSesi",
            "Laporan mingguan disampaikan setiap Jumat.", "sesiBerikutnya", "CUKUP"));
        case "UserTask_NoteSession" -> completeTask(id, assignee, Map.of("catatanPegawai",
            "Sesi pembinaan bermanfaat."));
        default -> {
          lastFailure.put("unknown task", key);
          yield null;
        }
      };
      if (response != null && response.status / 100 == 2) {
        completed.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      } else if (response != null) {
        failedCompletions.incrementAndGet();
        lastFailure.put(key, response.status + " " + abbreviate(response.body));
        if (failedCompletions.get() % 20 == 1) {
          log("completion of " + key + " refused: " + response.status + " " + abbreviate(response.body));
        }
      }
    } catch (RuntimeException e) {
      failedCompletions.incrementAndGet();
      lastFailure.put(key, String.valueOf(e));
    }
  }

  Response completeTask(String taskId, String user, Map<String, ?> values) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    values.forEach((name, value) -> variables.putObject(name).set("value", JSON.valueToTree(value)));
    return retryConnection(() -> send("POST", "/engine-rest/task/" + taskId + "/complete", user, body.toString(),
        "application/json"));
  }

  // --- what each person types ---------------------------------------------------------------------------------

  /** 3–5 indicators; performance above expectation (20 %), as expected (65 %), below (15 %); 10 % returned once. */
  record Conduct(int indicators, double factor, boolean returned, boolean objects) {
  }

  Conduct conduct(String instance) {
    Random random = new Random(instance.hashCode() * 31L + seed);
    int indicators = 3 + random.nextInt(3);
    int share = random.nextInt(100);
    double factor = share < 20 ? 1.25 : share < 85 ? 1.0 : 0.6;
    return new Conduct(indicators, factor, random.nextInt(100) < 10, random.nextInt(100) < 3);
  }

  Map<String, Object> targets(String instance) {
    Conduct c = conduct(instance);
    Map<String, Object> form = new HashMap<>();
    form.put("jumlahIndikator", c.indicators());
    for (int i = 1; i <= c.indicators(); i++) {
      String n = String.format("%02d", i);
      form.put("rhk" + n, "Meningkatnya kualitas pelayanan publik bidang " + i);
      form.put("indikator" + n, "Indikator kinerja " + i + " yang terukur");
      form.put("aspek" + n, ASPECTS[i - 1]);
      form.put("target" + n, i == 1 && targetsReturned.contains(instance) ? 130.0 : TARGETS[i - 1]);
      form.put("satuan" + n, SATUAN[i - 1]);
      form.put("bobot" + n, WEIGHTS[c.indicators()][i - 1]);
      form.put("jenis" + n, i <= 2 ? "UTAMA" : "TAMBAHAN");
    }
    return form;
  }

  Map<String, Object> targetReview(String instance) {
    if (conduct(instance).returned() && targetsReturned.add(instance)) {
      return Map.of("keputusanTarget", "KEMBALIKAN", "komentarAtasan", "Target indikator pertama terlalu rendah.");
    }
    return Map.of("keputusanTarget", "SETUJU");
  }

  Map<String, Object> selfAssessment(String instance) {
    Conduct c = conduct(instance);
    Map<String, Object> form = new HashMap<>();
    for (int i = 1; i <= c.indicators(); i++) {
      String n = String.format("%02d", i);
      double target = i == 1 && targetsReturned.contains(instance) ? 130.0 : TARGETS[i - 1];
      double realisation = "WAKTU".equals(ASPECTS[i - 1]) ? target / c.factor() : target * c.factor();
      form.put("realisasi" + n, Math.round(realisation * 100) / 100.0);
      form.put("bukti" + n, "https://kinerja.tebingtinggikota.go.id/bukti/" + i);
    }
    form.put("refleksi", "Target tercapai berkat pembagian tugas yang lebih jelas di dalam tim.");
    return form;
  }

  Map<String, Object> supervisorReview(String taskId, String user, String instance) {
    Response variables = retry("form variables", () -> send("GET", "/engine-rest/task/" + taskId
        + "/form-variables?variableNames=ratingHasilKerjaSaran", user, null, null), r -> r.status / 100 != 5);
    String suggested = variables.status == 200
        ? variables.json().path("ratingHasilKerjaSaran").path("value").asText("SESUAI_EKSPEKTASI")
        : "SESUAI_EKSPEKTASI";
    Map<String, Object> form = new HashMap<>();
    form.put("ratingHasilKerja", suggested);
    double factor = conduct(instance).factor();
    String behaviour = factor > 1 ? "DI_ATAS_EKSPEKTASI" : factor < 1 ? "DI_BAWAH_EKSPEKTASI" : "SESUAI_EKSPEKTASI";
    CORE_VALUES.forEach(field -> form.put(field, behaviour));
    form.put("umpanBalik", "Pertahankan capaian dan perbaiki ketepatan waktu laporan.");
    return form;
  }

  Map<String, Object> resultResponse(String instance) {
    return conduct(instance).objects()
        ? Map.of("tanggapanHasil", "KEBERATAN", "alasanKeberatan", "Tugas tambahan dari pimpinan belum dinilai.")
        : Map.of("tanggapanHasil", "TERIMA");
  }

  /** The kepala dinas reads the agenda and confirms every recommendation (POST /api/meetings/tasks/{id}). */
  Response holdMeeting(String taskId, String kepala) {
    Response agenda = retryConnection(() -> send("GET", "/api/meetings/tasks/" + taskId, kepala, null, null));
    if (agenda.status != 200) {
      return agenda;
    }
    ArrayNode decisions = JsonNodeFactory.instance.arrayNode();
    agenda.json().path("agenda").path("items").forEach(item -> decisions.addObject()
        .put("reviewId", item.path("reviewId").asLong()).put("followUp", item.path("recommended").asText()));
    ObjectNode body = JSON.createObjectNode()
        .put("meetingDate", LocalDate.now(WIB).toString())
        .put("minutes", "Rapat membahas capaian kinerja triwulan setiap pegawai dan menyepakati tindak lanjutnya.")
        .put("attendees", "Kepala unit, sekretaris, para kepala bidang")
        .put("unitResult", "BAIK")
        .put("distributionJustification",
            "Sebaran predikat unit ini mencerminkan capaian nyata yang sudah diverifikasi dalam rapat.");
    body.set("decisions", decisions);
    return retryConnection(() -> send("POST", "/api/meetings/tasks/" + taskId, kepala, body.toString(),
        "application/json"));
  }

  /** BKPSDM claims the hand-over of the certificate and records today as its date. */
  Response handOver(String taskId, String assignee) {
    if (assignee == null) {
      Response claim = retryConnection(() -> send("POST", "/engine-rest/task/" + taskId + "/claim", bkpsdmUser,
          JSON.createObjectNode().put("userId", bkpsdmUser).toString(), "application/json"));
      if (claim.status != 204) {
        return claim;
      }
      assignee = bkpsdmUser;
    }
    return completeTask(taskId, assignee, Map.of("tanggalPenyerahan", LocalDate.now(WIB).toString()));
  }

  // --- HTTP over the nodes ------------------------------------------------------------------------------------

  record Response(int status, String body, String node) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + abbreviate(body), e);
      }
    }
  }

  interface Call {
    Response call() throws IOException;
  }

  /** Sends to the next node in turn; a node that does not answer is skipped. Throws only when none answers. */
  Response send(String method, String path, String user, String body, String contentType) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < urls.size(); attempt++) {
      String node = urls.get(Math.floorMod(nextNode.getAndIncrement(), urls.size()));
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + path))
          .timeout(Duration.ofSeconds(120))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":"
              + ("admin".equals(user) ? adminPassword : userPassword)).getBytes(StandardCharsets.UTF_8)))
          .header("Accept", "application/json");
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", contentType + "; charset=UTF-8")
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      }
      requests.incrementAndGet();
      try {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        requestsByNode.computeIfAbsent(node, k -> new AtomicInteger()).incrementAndGet();
        return new Response(response.statusCode(), response.body(), node);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  /** A request whose node was down, or whose answer says the node or its database is away, is sent again. */
  Response retryConnection(Call call) {
    return retry("request", call, r -> r.status != 502 && r.status != 503 && r.status != 504
        && !(r.status == 500 && looksLikeTheDatabaseIsAway(r.body)));
  }

  static boolean looksLikeTheDatabaseIsAway(String body) {
    String text = body == null ? "" : body.toLowerCase();
    return text.contains("connection") || text.contains("jdbc") || text.contains("terminating")
        || text.contains("could not open") || text.contains("transaction") || text.contains("socket");
  }

  Response retry(String what, Call call, java.util.function.Predicate<Response> accepted) {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    Response last = null;
    String problem = null;
    for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
      if (attempt > 0) {
        retriedRequests.incrementAndGet();
        sleep(Math.min(5000, 250L * attempt));
      }
      try {
        last = call.call();
        if (accepted.test(last)) {
          return last;
        }
        problem = last.status + " " + abbreviate(last.body);
      } catch (IOException e) {
        problem = String.valueOf(e);
      }
      if (attempt % 20 == 19) {
        log(what + ": still failing after " + (attempt + 1) + " attempts: " + problem);
      }
    }
    if (last != null) {
      return last;
    }
    throw new IllegalStateException(what + " failed for 10 minutes: " + problem);
  }

  long count(String path) {
    return retry("count " + path, () -> send("GET", path, "admin", null, null), r -> r.status == 200)
        .json().path("count").asLong();
  }

  void waitForANode() {
    retry("health", () -> send("GET", "/actuator/health", "admin", null, null), r -> r.status == 200);
  }

  <T> void parallel(List<T> items, java.util.function.Consumer<T> work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      items.forEach(item -> futures.add(pool.submit(() -> work.accept(item))));
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (Exception e) {
          lastFailure.put("worker", String.valueOf(e));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  void writeSummary(boolean finished, long seconds) throws IOException {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("finished", finished);
    summary.put("seconds", seconds);
    summary.put("employees", roster.size());
    summary.put("reviewsExpected", roster.size() - 1);
    summary.put("units", String.join(",", units));
    summary.put("requests", requests.get());
    summary.put("retriedRequests", retriedRequests.get());
    summary.put("failedCompletions", failedCompletions.get());
    completed.forEach((key, n) -> summary.put("completed." + key, n.get()));
    requestsByNode.forEach((node, n) -> summary.put("node." + node.replace(':', '_').replace('/', '_'), n.get()));
    lastFailure.forEach((key, text) -> summary.put("lastFailure." + key, text.replace('\n', ' ')));
    StringBuilder text = new StringBuilder();
    summary.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    Files.writeString(out, text);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    String flat = text.replace('\n', ' ');
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }

  static void log(String message) {
    System.out.println(java.time.LocalTime.now().withNano(0) + " [load] " + message);
  }

  @SuppressWarnings("unused")
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
