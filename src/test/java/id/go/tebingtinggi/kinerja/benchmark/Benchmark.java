package id.go.tebingtinggi.kinerja.benchmark;

import id.go.tebingtinggi.kinerja.KinerjaApplication;
import id.go.tebingtinggi.kinerja.meeting.MeetingService;
import id.go.tebingtinggi.kinerja.meeting.MeetingTasks;
import id.go.tebingtinggi.kinerja.organisation.roster.RosterImportService;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark of issue 8: a full-city quarter through the running application, the bare engine's baseline on the
 * same database, pgbench on the same PostgreSQL server, and Tasklist's task query at many open tasks. Prints a table
 * and writes the figures to {@code <output>/result-<database>.json}. See docs/benchmark.md for the command.
 */
public final class Benchmark {

  /**
   * @param employees people on the roster (the reviews are those with a supervisor: all but the Sekretaris Daerah)
   * @param workers people working at the same time
   * @param database {@code h2} (a file under the output directory), {@code postgres} (DB_URL, DB_USER,
   *     DB_PASSWORD of an empty database, or an embedded server when DB_URL is not set) or {@code embedded-postgres}
   *     (always an embedded server)
   * @param openTasks the task-list query is measured at 20,000 open tasks (if fewer) and at this many
   * @param springArguments further {@code --name=value} arguments for the application
   */
  record Options(int employees, int workers, String database, int openTasks, Path output, int pgbenchSeconds,
                 long seed, int queryRepetitions, Duration timeout, List<String> springArguments) {

    static Options parse(String... args) {
      Map<String, String> values = new LinkedHashMap<>();
      List<String> spring = new ArrayList<>();
      for (String arg : args) {
        if (!arg.startsWith("--") || !arg.contains("=")) {
          throw new IllegalArgumentException("expected --name=value, got " + arg);
        }
        String name = arg.substring(2, arg.indexOf('='));
        if (name.contains(".")) {
          spring.add(arg);
        } else {
          values.put(name, arg.substring(arg.indexOf('=') + 1));
        }
      }
      Options options = new Options(
          Integer.parseInt(values.getOrDefault("employees", "5000")),
          Integer.parseInt(values.getOrDefault("workers", "4")),
          values.getOrDefault("database", "h2"),
          Integer.parseInt(values.getOrDefault("open-tasks", "100000")),
          Path.of(values.getOrDefault("output", "target/benchmark")),
          Integer.parseInt(values.getOrDefault("pgbench-seconds", "30")),
          Long.parseLong(values.getOrDefault("seed", "8")),
          Integer.parseInt(values.getOrDefault("query-repetitions", "200")),
          Duration.ofMinutes(Long.parseLong(values.getOrDefault("timeout-minutes", "20"))),
          spring);
      values.keySet().stream().filter(name -> !List.of("employees", "workers", "database", "open-tasks", "output",
              "pgbench-seconds", "seed", "query-repetitions", "timeout-minutes").contains(name)).findFirst()
          .ifPresent(name -> {
            throw new IllegalArgumentException("unknown option --" + name);
          });
      if (!List.of("h2", "postgres", "embedded-postgres").contains(options.database())) {
        throw new IllegalArgumentException("--database must be h2, postgres or embedded-postgres");
      }
      return options;
    }
  }

  private final Options options;
  private final BenchmarkResult result = new BenchmarkResult();
  private final List<String> problems = new ArrayList<>();

  Benchmark(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Benchmark benchmark = new Benchmark(Options.parse(args));
    benchmark.run();
    System.exit(benchmark.problems.isEmpty() ? 0 : 1);
  }

  List<String> problems() {
    return problems;
  }

  Path resultFile() {
    return options.output().resolve("result-" + options.database() + ".json");
  }

  BenchmarkResult run() throws Exception {
    Files.createDirectories(options.output());
    try (HeapSampler heap = new HeapSampler(); Workers workers = new Workers(options.workers())) {
      BenchmarkDatabase database = BenchmarkDatabase.prepare(options.database(), options.output());
      List<String> arguments = new ArrayList<>(List.of(
          "--spring.datasource.url=" + database.url(),
          "--spring.datasource.username=" + database.user(),
          "--spring.datasource.password=" + database.password()));
      arguments.addAll(options.springArguments());
      System.out.printf("Starting the application on %s%n", database.description());
      ConfigurableApplicationContext context = new SpringApplicationBuilder(KinerjaApplication.class)
          .profiles("benchmark").run(arguments.toArray(String[]::new));
      try {
        measure(context, workers, database);
      } finally {
        context.close();
      }
      result.put("loadAverageAtEnd", loadAverage());
      result.put("peakHeapMiB", heap.peakBytes() / (1024 * 1024));
      result.put("maxHeapMiB", heap.maxBytes() / (1024 * 1024));
    } catch (RuntimeException e) {
      problems.add(String.valueOf(e));
      e.printStackTrace(System.out);
    }
    result.put("problems", problems);
    result.write(resultFile());
    BenchmarkTable.print(result, System.out);
    System.out.println("Figures written to " + resultFile().toAbsolutePath());
    return result;
  }

  private void measure(ConfigurableApplicationContext context, Workers workers, BenchmarkDatabase database) {
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    People people = new People(engine.getIdentityService());
    JobWatch jobs = new JobWatch(engine.getManagementService(), engine.getRuntimeService(), options.timeout());
    describeRun(context, engine, jdbc, database);
    if (jdbc.queryForObject("select count(*) from employee", Integer.class) > 0) {
      throw new IllegalStateException("the benchmark needs a fresh database; this one has employees");
    }

    System.out.printf("Roster import of %,d employees%n", options.employees());
    String roster = CityRoster.csv(CityRoster.generate(options.employees(), options.seed()));
    long started = System.nanoTime();
    context.getBean(RosterImportService.class).importCsv(roster);
    result.put("rosterImportSeconds", BenchmarkResult.seconds(System.nanoTime() - started));
    BareEngineBaseline.deploy(engine);

    LocalDate today = LocalDate.now(ReviewCalendar.ZONE);
    int year = today.getYear();
    int quarter = (today.getMonthValue() - 1) / 3 + 1;
    System.out.printf("Quarter %d-Q%d of the whole city, %d workers, job executor on%n", year, quarter,
        options.workers());
    PlannerStatistics statistics = PlannerStatistics.of(jdbc);
    QuarterDriver driver = new QuarterDriver(engine, context.getBean(MeetingTasks.class),
        context.getBean(MeetingService.class), jdbc, workers, people, jobs, statistics, options.seed(), result);
    long historicBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
    Map<String, Object> sizes = new LinkedHashMap<>();
    int reviewsExpected = jdbc.queryForObject(
        "select count(*) from employee where active = true and supervisor_id is not null", Integer.class);
    driver.run(year, quarter, () -> sizes.put("atPeakOfQuarter",
        DatabaseSize.summary(DatabaseSize.tables(jdbc), reviewsExpected)));
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count() - historicBefore;
    double seconds = result.phaseSeconds();
    Map<String, Object> application = new LinkedHashMap<>();
    application.put("phases", result.phases);
    application.put("seconds", Math.round(seconds * 100) / 100.0);
    application.put("userTasks", driver.tasksCompleted);
    application.put("processInstancesCompleted", instances);
    application.put("tasksPerSecond", Latencies.round(driver.tasksCompleted / seconds));
    application.put("processInstancesPerSecond", Latencies.round(instances / seconds));
    application.put("taskCompletion", driver.completions.summary());
    Map<String, Object> byTask = new LinkedHashMap<>();
    driver.completionsByTask.forEach((key, latencies) -> byTask.put(key, latencies.summary()));
    application.put("taskCompletionByTask", byTask);
    application.put("optimisticLockingRetries", workers.conflicts.get());
    application.put("jobFailures", engine.getHistoryService().createHistoricJobLogQuery().failureLog().count());
    application.put("outcome", outcome(jdbc, engine, reviewsExpected));
    result.put("application", application);
    sizes.put("atEnd", DatabaseSize.summary(DatabaseSize.tables(jdbc), reviewsExpected));
    database.fileSize().ifPresent(bytes -> sizes.put("h2FileBytes", bytes));
    result.put("databaseSize", sizes);

    System.out.printf("Bare engine: %,d user tasks in instances of %d sequential user tasks%n", driver.tasksCompleted,
        BareEngineBaseline.TASKS_PER_INSTANCE);
    List<String> staff = jdbc.queryForList("select login_id from employee where active = true "
        + "and supervisor_id is not null order by id", String.class);
    BareEngineBaseline bare = new BareEngineBaseline(engine, workers, people);
    bare.run(driver.tasksCompleted, staff);
    double bareSeconds = bare.wallNanos / 1e9;
    Map<String, Object> baseline = new LinkedHashMap<>();
    baseline.put("processInstances", bare.instances);
    baseline.put("userTasks", bare.tasksCompleted);
    baseline.put("seconds", BenchmarkResult.seconds(bare.wallNanos));
    baseline.put("startSeconds", BenchmarkResult.seconds(bare.startNanos));
    baseline.put("tasksPerSecond", Latencies.round(bare.tasksCompleted / bareSeconds));
    baseline.put("processInstancesPerSecond", Latencies.round(bare.instances / bareSeconds));
    baseline.put("processStartsPerSecond", Latencies.round(bare.instances / (bare.startNanos / 1e9)));
    baseline.put("completionsPerSecond",
        Latencies.round(bare.tasksCompleted / ((bare.wallNanos - bare.startNanos) / 1e9)));
    baseline.put("taskCompletion", bare.completions.summary());
    baseline.put("processStart", bare.starts.summary());
    result.put("bareEngine", baseline);
    result.put("applicationOverBareEngine", Map.of(
        "tasksPerSecond", Latencies.round((driver.tasksCompleted / seconds) / (bare.tasksCompleted / bareSeconds)),
        "taskCompletionP95", Latencies.round(bare.completions.percentile(95) / driver.completions.percentile(95))));

    database.pgbenchServer().ifPresent(server -> {
      System.out.printf("pgbench -N with %d clients for %d s%n", options.workers(), options.pgbenchSeconds());
      Map<String, Object> pgbench = PgBench.run(server, options.workers(), options.pgbenchSeconds());
      if (pgbench.containsKey("error")) {
        System.out.printf("NOTE: pgbench was skipped, the ratio to the database's own limit is missing: %s%n",
            pgbench.get("error"));
      }
      if (pgbench.get("tps") instanceof Double tps) {
        pgbench.put("applicationTasksPerSecondOverTps", Latencies.round(driver.tasksCompleted / seconds / tps));
        pgbench.put("bareEngineTasksPerSecondOverTps", Latencies.round(bare.tasksCompleted / bareSeconds / tps));
      }
      result.put("pgbench", pgbench);
    });

    String user = jdbc.queryForObject("select s.login_id from employee s where exists "
        + "(select 1 from employee e where e.supervisor_id = s.id) and s.supervisor_id is not null order by s.id "
        + "fetch first 1 rows only", String.class);
    List<Integer> checkpoints = Stream.of(Math.min(20_000, options.openTasks()), options.openTasks()).distinct()
        .sorted(Comparator.naturalOrder()).toList();
    System.out.printf("Task list of %s at %s open tasks%n", user, checkpoints);
    TaskListQuery taskList = new TaskListQuery(engine,
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)), workers, people, statistics,
        options.queryRepetitions());
    Map<String, Object> taskListFigures = new LinkedHashMap<>();
    taskListFigures.put("user", user);
    taskListFigures.put("userGroups", people.groupsOf(user));
    taskListFigures.put("query", "taskAssignee(user).orderByTaskCreateTime().desc().listPage(0, 50)");
    taskListFigures.put("measurements", taskList.measure(checkpoints, user, staff));
    result.put("taskList", taskListFigures);
    result.put("plannerStatistics", statistics.summary());
    statistics.close();
  }

  private void describeRun(ConfigurableApplicationContext context, ProcessEngine engine, JdbcTemplate jdbc,
                           BenchmarkDatabase database) {
    Environment environment = context.getEnvironment();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("startedAt", Instant.now().toString());
    run.put("employees", options.employees());
    run.put("workers", options.workers());
    run.put("database", database.description());
    run.put("databaseProduct", jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c ->
        c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion()));
    run.put("historyLevel", configuration.getHistoryLevel().getName());
    run.put("authorizationEnabled", configuration.isAuthorizationEnabled());
    run.put("authorizationCheckRevokes", configuration.getAuthorizationCheckRevokes());
    run.put("jdbcBatchProcessing", configuration.isJdbcBatchProcessing());
    Map<String, Object> jobExecutor = new LinkedHashMap<>();
    jobExecutor.put("active", configuration.getJobExecutor().isActive());
    jobExecutor.put("corePoolSize", environment.getProperty("camunda.bpm.job-execution.core-pool-size", "3"));
    jobExecutor.put("maxPoolSize", environment.getProperty("camunda.bpm.job-execution.max-pool-size", "10"));
    jobExecutor.put("queueCapacity", environment.getProperty("camunda.bpm.job-execution.queue-capacity", "3"));
    jobExecutor.put("maxJobsPerAcquisition", configuration.getJobExecutor().getMaxJobsPerAcquisition());
    jobExecutor.put("waitTimeInMillis", configuration.getJobExecutor().getWaitTimeInMillis());
    run.put("jobExecutor", jobExecutor);
    run.put("connectionPool", environment.getProperty("spring.datasource.hikari.maximum-pool-size", "10"));
    run.put("cores", Runtime.getRuntime().availableProcessors());
    run.put("loadAverageAtStart", loadAverage());
    run.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    run.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    run.put("jvmArguments", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    result.put("run", run);
  }

  private Map<String, Object> outcome(JdbcTemplate jdbc, ProcessEngine engine, int reviewsExpected) {
    Map<String, Object> outcome = new LinkedHashMap<>();
    outcome.put("reviews", reviewsExpected);
    outcome.put("reviewsByStatus", counts(jdbc, "select status, count(*) from performance_review group by status"));
    outcome.put("predikat", counts(jdbc, "select predikat, count(*) from performance_review group by predikat"));
    outcome.put("decidedFollowUp",
        counts(jdbc, "select decided_follow_up, count(*) from performance_review group by decided_follow_up"));
    outcome.put("targetsReturned",
        jdbc.queryForObject("select count(*) from target_round where decision = 'DIKEMBALIKAN'", Long.class));
    outcome.put("objections", jdbc.queryForObject("select count(*) from review_objection", Long.class));
    outcome.put("awards", jdbc.queryForObject("select count(*) from award", Long.class));
    outcome.put("coachingInstances", engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(QuarterDriver.COACHING).count());
    outcome.put("meetings", jdbc.queryForObject("select count(*) from evaluation_meeting", Long.class));
    outcome.put("cyclesByStatus", counts(jdbc, "select status, count(*) from unit_cycle group by status"));
    outcome.put("awardsHandedOver",
        jdbc.queryForObject("select count(*) from award where handed_over_at is not null", Long.class));
    outcome.put("coachingByStatus", counts(jdbc, "select status, count(*) from coaching group by status"));
    outcome.put("coachingSessions", jdbc.queryForObject("select count(*) from coaching_session", Long.class));
    outcome.put("processInstancesFinished", counts(jdbc, "select d.key_, count(*) from act_hi_procinst p "
        + "join act_re_procdef d on d.id_ = p.proc_def_id_ where p.end_time_ is not null group by d.key_"));
    outcome.put("processInstancesRunning", counts(jdbc, "select d.key_, count(*) from act_ru_execution e "
        + "join act_re_procdef d on d.id_ = e.proc_def_id_ where e.id_ = e.proc_inst_id_ group by d.key_"));
    // The quarter ends when every instance has finished, except a coaching waiting for the next quarter's predikat
    // (message NextPredikatKnown, or its deadline timer) and the review that called it.
    Map<String, Long> waiting = counts(jdbc, "select e.act_id_, count(*) from act_ru_execution e "
        + "where e.act_id_ is not null group by e.act_id_");
    outcome.put("stillWaitingAt", waiting);
    outcome.put("timersWaiting", counts(jdbc, "select j.handler_cfg_, count(*) from act_ru_job j "
        + "where j.type_ = 'timer' group by j.handler_cfg_"));
    Map<String, Long> unexpected = new LinkedHashMap<>(waiting);
    unexpected.keySet().removeAll(java.util.Set.of("ReceiveTask_AwaitNextPredikat", "CallActivity_CoachingFollowUp"));
    long coachings = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(QuarterDriver.COACHING).count();
    long awaiting = waiting.getOrDefault("ReceiveTask_AwaitNextPredikat", 0L);
    if (awaiting != coachings || waiting.getOrDefault("CallActivity_CoachingFollowUp", 0L) != coachings) {
      problems.add(coachings + " coachings, but " + awaiting + " wait for the next predikat: " + waiting);
    }
    if (jdbc.queryForObject("select count(*) from award where handed_over_at is null", Long.class) > 0) {
      problems.add("awards not handed over");
    }
    long decided = jdbc.queryForObject("select count(*) from performance_review where status = 'DECIDED'", Long.class);
    if (decided != reviewsExpected) {
      problems.add(decided + " of " + reviewsExpected + " reviews were decided");
    }
    if (!unexpected.isEmpty()) {
      problems.add("process instances did not end: " + unexpected);
    }
    return outcome;
  }

  /** The machine's load average (1, 5, 15 minutes) from /proc/loadavg, or the JVM's one-minute figure. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (java.io.IOException | RuntimeException e) {
      return String.valueOf(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static Map<String, Long> counts(JdbcTemplate jdbc, String sql) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query(sql, row -> {
      counts.put(String.valueOf(row.getString(1)), row.getLong(2));
    });
    return counts;
  }
}
