package id.go.tebingtinggi.kinerja.dashboard.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.go.tebingtinggi.kinerja.KinerjaApplication;
import id.go.tebingtinggi.kinerja.dashboard.DashboardService;
import id.go.tebingtinggi.kinerja.dashboard.DashboardView;
import id.go.tebingtinggi.kinerja.dashboard.Scope;
import id.go.tebingtinggi.kinerja.identity.Roles;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard at city size: starts the application (profile {@code benchmark}) on a fresh H2 file or PostgreSQL
 * database, writes a city's review history with {@link CityHistory} (batched SQL, not the engine: see there), then
 * measures the server time of the city view, a unit's view, the drill-down to the largest unit's employees, an
 * employee's history and the CSV export — through the service and through HTTP as a BKPSDM user — and counts the
 * SQL statements of each request. Prints a table and writes {@code <output>/result-<database>-<label>.json}.
 * See docs/dashboard-benchmark.md for the command.
 */
public final class DashboardBenchmark {

  /** Relative unit sizes of the city (schools and health services are the big ones), codes of V2. */
  static final Map<String, Integer> UNIT_WEIGHTS = new LinkedHashMap<>();

  static {
    String[] weights = {"SETDA:8", "SETDPRD:3", "INSPEKTORAT:3", "BAPPEDA:3", "BKPSDM:3", "BPKPAD:4", "BPBD:2",
        "KESBANGPOL:2", "DISDUKCAPIL:3", "DISKOMINFO:2", "DINKES:14", "DISDIK:30", "DINSOS:2", "DPUPR:4", "DISHUB:3",
        "DLH:4", "DPMPTSP:2", "DISNAKER:2", "DISPERKIM:2", "DKPP:3", "DISKOPUKM:2", "DISPORAPAR:2", "DP3APMD:2",
        "DISPUSIP:2", "SATPOLPP:4", "RSUD:14", "KEC-PDHULU:3", "KEC-PDHILIR:3", "KEC-BAJENIS:3", "KEC-RAMBUTAN:3",
        "KEC-TTKOTA:3"};
    for (String weight : weights) {
      UNIT_WEIGHTS.put(weight.substring(0, weight.indexOf(':')), Integer.parseInt(weight.substring(weight.indexOf(':') + 1)));
    }
  }

  private static final String MARKER = "kota";
  private static final String LOGIN = "dasbor.bkpsdm";

  private final Map<String, String> options;
  private final Map<String, Object> result = new LinkedHashMap<>();
  private final String password = UUID.randomUUID().toString();

  private DashboardBenchmark(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>(Map.of("database", "h2", "employees", "5000", "quarters", "8",
        "calls", "50", "warmup", "10", "output", "target/dashboard-benchmark", "label", "run",
        "pg-url", "jdbc:postgresql://127.0.0.1:5432/", "pg-database", "dashbench", "pg-user", "postgres"));
    options.put("pg-password", "");
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=") || !options.containsKey(arg.substring(2, arg.indexOf('=')))) {
        throw new IllegalArgumentException("unknown argument " + arg + "; known: --" + String.join("=, --",
            options.keySet()) + "=");
      }
      options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    // JdbcTemplate would ask the PostgreSQL driver for the type of every null in the generator's batches
    System.setProperty("spring.jdbc.getParameterType.ignore", "true");
    new DashboardBenchmark(options).run();
    System.exit(0);
  }

  private void run() throws Exception {
    Path output = Path.of(options.get("output"));
    Files.createDirectories(output);
    String[] database = prepareDatabase(output);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(KinerjaApplication.class)
        .profiles("benchmark")
        .run("--spring.datasource.url=" + database[0], "--spring.datasource.username=" + database[1],
            "--spring.datasource.password=" + database[2]);
    try {
      measure(context);
    } finally {
      context.close();
    }
    Path file = output.resolve("result-" + options.get("database") + "-" + options.get("label") + ".json");
    new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(file.toFile(), result);
    print();
    System.out.println("Figures written to " + file.toAbsolutePath());
  }

  /** A fresh database: the H2 file deleted first, or the PostgreSQL database dropped and created again. */
  private String[] prepareDatabase(Path output) throws IOException, SQLException {
    if ("h2".equals(options.get("database"))) {
      Path directory = output.resolve("h2").toAbsolutePath();
      if (Files.exists(directory)) {
        try (Stream<Path> files = Files.walk(directory)) {
          files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
      Files.createDirectories(directory);
      result.put("database", "H2 file " + directory.resolve("kinerja.mv.db"));
      return new String[] {"jdbc:h2:file:" + directory.resolve("kinerja") + ";LOCK_TIMEOUT=10000", "sa", ""};
    }
    if (!"postgres".equals(options.get("database"))) {
      throw new IllegalArgumentException("--database must be h2 or postgres");
    }
    String name = options.get("pg-database");
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("--pg-database must be a plain lower-case name");
    }
    try (Connection connection = DriverManager.getConnection(options.get("pg-url") + "postgres",
        options.get("pg-user"), options.get("pg-password")); Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name);
      statement.execute("create database " + name);
    }
    result.put("database", "PostgreSQL " + options.get("pg-url") + name);
    return new String[] {options.get("pg-url") + name + "?reWriteBatchedInserts=true", options.get("pg-user"),
        options.get("pg-password")};
  }

  private void measure(ConfigurableApplicationContext context) throws Exception {
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("startedAt", Instant.now().toString());
    run.put("databaseProduct", jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c ->
        c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion()));
    run.put("cores", Runtime.getRuntime().availableProcessors());
    run.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    run.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    result.put("run", run);

    LocalDate today = LocalDate.now(ReviewCalendar.ZONE);
    Period current = new Period(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
    int employees = Integer.parseInt(options.get("employees"));
    System.out.printf("Writing %,d employees and %s quarters up to %s%n", employees, options.get("quarters"),
        current.label());
    long started = System.nanoTime();
    Map<String, Long> rows = CityHistory.fill(jdbc, new CityHistory.Plan(MARKER, sizes(employees - 1), current,
        Integer.parseInt(options.get("quarters")), 3, true, 1965, Instant.now(), 6));
    Map<String, Object> fill = new LinkedHashMap<>();
    fill.put("seconds", seconds(System.nanoTime() - started));
    fill.put("rows", rows);
    fill.put("method", "batched SQL shaped like the application's and the engine's rows (CityHistory), not the "
        + "engine: the employees, their reviews, indicators, objections, cycles, meetings, decisions, awards, "
        + "coaching, and the engine rows the dashboard joins (ACT_HI_TASKINST, ACT_RU_EXECUTION, ACT_RU_TASK)");
    started = System.nanoTime();
    jdbc.execute("h2".equals(options.get("database")) ? "analyze" : "vacuum analyze");
    fill.put("analyzeSeconds", seconds(System.nanoTime() - started));
    result.put("data", fill);
    System.out.printf("Written in %s s: %s%n", fill.get("seconds"), rows);

    IdentityService identity = context.getBean(IdentityService.class);
    User user = identity.newUser(LOGIN);
    user.setPassword(password);
    user.setFirstName("Dasbor");
    user.setLastName("BKPSDM");
    identity.saveUser(user);
    if (identity.createGroupQuery().groupId(Roles.BKPSDM).count() == 0) {
      org.camunda.bpm.engine.identity.Group group = identity.newGroup(Roles.BKPSDM);
      group.setName("BKPSDM");
      identity.saveGroup(group);
    }
    identity.createMembership(LOGIN, Roles.BKPSDM);

    DashboardService dashboard = context.getBean(DashboardService.class);
    String largestUnit = jdbc.queryForObject("select u.code from org_unit u join employee e on e.unit_id = u.id "
        + "group by u.code order by count(*) desc fetch first 1 rows only", String.class);
    Long largestUnitId = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, largestUnit);
    String nip = jdbc.queryForObject("select e.nip from employee e join performance_review r on r.employee_id = e.id "
        + "where e.unit_id = ? and e.position_kind <> 'STRUKTURAL' group by e.nip having count(*) = ? "
        + "order by e.nip fetch first 1 rows only", String.class, largestUnitId,
        Integer.parseInt(options.get("quarters")));
    Scope unitScope = new Scope(Scope.Kind.UNIT, largestUnit, Set.of(largestUnitId), Set.of());
    String period = "year=" + current.year() + "&quarter=" + current.quarter();
    int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    HttpClient http = HttpClient.newHttpClient();
    String authorization = "Basic " + Base64.getEncoder().encodeToString((LOGIN + ":" + password)
        .getBytes(StandardCharsets.UTF_8));

    List<Map<String, Object>> measurements = new ArrayList<>();
    Map<String, Object> load = new LinkedHashMap<>();
    load.put("before", loadAverage());
    try (StatementCounter counter = StatementCounter.install(context)) {
      DashboardView view = dashboard.dashboard(Scope.city(), current);
      result.put("cityView", Map.of("units", view.units().size(), "reviews", view.total().reviews(),
          "overdueTasks", view.overdue().size(), "stages", view.total().stages()));
      measurements.add(measure(counter, "city view", "service", () -> dashboard.dashboard(Scope.city(), current)));
      measurements.add(measure(counter, "city view", "HTTP", () -> get(http, port, authorization,
          "/api/dashboard?" + period)));
      measurements.add(measure(counter, "city view, previous (decided) quarter", "service",
          () -> dashboard.dashboard(Scope.city(), current.previous())));
      measurements.add(measure(counter, "unit view (" + largestUnit + ")", "service",
          () -> dashboard.dashboard(unitScope, current)));
      measurements.add(measure(counter, "drill-down: employees of " + largestUnit, "service",
          () -> dashboard.unitEmployees(Scope.city(), largestUnit, current)));
      measurements.add(measure(counter, "drill-down: employees of " + largestUnit, "HTTP",
          () -> get(http, port, authorization, "/api/dashboard/units/" + largestUnit + "/employees?" + period)));
      measurements.add(measure(counter, "employee history (" + options.get("quarters") + " quarters)", "service",
          () -> dashboard.employeeHistory(Scope.city(), nip)));
      measurements.add(measure(counter, "employee history (" + options.get("quarters") + " quarters)", "HTTP",
          () -> get(http, port, authorization, "/api/dashboard/employees/" + nip)));
      measurements.add(measure(counter, "CSV export of the city view", "HTTP",
          () -> get(http, port, authorization, "/api/dashboard/export.csv?" + period)));
      measurements.add(measure(counter, "CSV export of " + largestUnit + "'s employees", "HTTP",
          () -> get(http, port, authorization, "/api/dashboard/units/" + largestUnit + "/employees.csv?" + period)));
    }
    load.put("after", loadAverage());
    result.put("loadAverage", load);
    result.put("measurements", measurements);
  }

  private Map<String, Object> measure(StatementCounter counter, String what, String via, Supplier<?> call) {
    System.out.printf("Measuring %s via %s%n", what, via);
    int warmup = Integer.parseInt(options.get("warmup"));
    int calls = Integer.parseInt(options.get("calls"));
    for (int i = 0; i < warmup; i++) {
      call.get();
    }
    long[] nanos = new long[calls];
    long[] cpuNanos = new long[calls];
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long minStatements = Long.MAX_VALUE;
    long maxStatements = 0;
    for (int i = 0; i < calls; i++) {
      long before = counter.count();
      long cpuStarted = threads.getCurrentThreadCpuTime();
      long started = System.nanoTime();
      call.get();
      nanos[i] = System.nanoTime() - started;
      cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStarted;
      long statements = counter.count() - before;
      minStatements = Math.min(minStatements, statements);
      maxStatements = Math.max(maxStatements, statements);
    }
    Arrays.sort(nanos);
    Arrays.sort(cpuNanos);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("what", what);
    figures.put("via", via);
    figures.put("calls", calls);
    figures.put("p50Ms", millis(nanos[(int) Math.ceil(calls * 0.50) - 1]));
    figures.put("p95Ms", millis(nanos[(int) Math.ceil(calls * 0.95) - 1]));
    figures.put("maxMs", millis(nanos[calls - 1]));
    // the calling thread's CPU time: for a service call on H2 (embedded, same thread) nearly all the work, and
    // hardly affected by other processes on the machine; for HTTP calls the work runs in a server thread
    figures.put("callerCpuP50Ms", "service".equals(via) ? millis(cpuNanos[(int) Math.ceil(calls * 0.50) - 1]) : null);
    figures.put("statements", minStatements == maxStatements ? (Object) minStatements
        : minStatements + "–" + maxStatements);
    return figures;
  }

  private static String get(HttpClient http, int port, String authorization, String path) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Each unit's share of {@code employees}, by weight, adding up exactly. */
  static Map<String, Integer> sizes(int employees) {
    int total = UNIT_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    int assigned = 0;
    for (Map.Entry<String, Integer> unit : UNIT_WEIGHTS.entrySet()) {
      int size = Math.max(2, (int) Math.round((double) employees * unit.getValue() / total));
      sizes.put(unit.getKey(), size);
      assigned += size;
    }
    sizes.merge("DISDIK", employees - assigned, Integer::sum);
    return sizes;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  @SuppressWarnings("unchecked")
  private void print() {
    System.out.println();
    System.out.printf("Dashboard benchmark (%s, label %s): %s%n", result.get("database"), options.get("label"),
        result.get("cityView"));
    System.out.printf("Data: %s%n", ((Map<String, Object>) result.get("data")).get("rows"));
    System.out.printf("Load average (1, 5, 15 min): %s%n", result.get("loadAverage"));
    System.out.printf("%-48s %-8s %9s %9s %9s %11s %13s%n", "request", "via", "p50 ms", "p95 ms", "max ms",
        "statements", "CPU p50 ms");
    for (Map<String, Object> m : (List<Map<String, Object>>) result.get("measurements")) {
      System.out.printf("%-48s %-8s %9.1f %9.1f %9.1f %11s %13s%n", m.get("what"), m.get("via"), m.get("p50Ms"),
          m.get("p95Ms"), m.get("maxMs"), m.get("statements"),
          m.get("callerCpuP50Ms") == null ? "" : m.get("callerCpuP50Ms"));
    }
  }

  private static double millis(long nanos) {
    return Math.round(nanos / 100_000.0) / 10.0;
  }

  private static double seconds(long nanos) {
    return Math.round(nanos / 10_000_000.0) / 100.0;
  }
}
