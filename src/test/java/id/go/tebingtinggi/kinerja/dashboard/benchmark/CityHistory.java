package id.go.tebingtinggi.kinerja.dashboard.benchmark;

import id.go.tebingtinggi.kinerja.cycle.UnitCycle;
import id.go.tebingtinggi.kinerja.review.Period;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Quarters of review history written straight into the tables with batched SQL, shaped like the rows the application
 * and the engine write, because running tens of thousands of reviews through the engine takes hours: employees
 * (a head per unit reporting to one top official, section heads, staff), one unit cycle per unit and quarter, one
 * review per employee with a supervisor and quarter with three indicators, and for the decided quarters predikat,
 * objections, the evaluation meeting and its decisions, awards and coaching; on the engine's side the rows the
 * dashboard joins: ACT_HI_TASKINST for every task a review went through (most completed before their due date),
 * and for the open quarter the process instance in ACT_RU_EXECUTION and its open task in ACT_RU_TASK.
 *
 * <p>Not written: Camunda users and groups, variables, activity history, jobs and timers, child executions of
 * tasks with boundary events, behaviour ratings and target rounds — the dashboard reads none of them. Every row
 * carries the plan's marker (employee login prefix, review {@code updated_by}, unit cycle {@code opened_by}, meeting
 * {@code held_by}) so that {@link #remove} finds them again. Deterministic for a given seed.
 */
public final class CityHistory {

  /**
   * What to write.
   *
   * @param marker login prefix of the generated employees and author of the cycles and meetings
   * @param unitSizes unit code → employees of that unit (the first unit also gets the top official, who has no
   *     supervisor and so no review)
   * @param current the open quarter; the {@code quarters - 1} quarters before it are decided
   * @param meetingEvery in the open quarter, every n-th unit has already held its meeting (its reviews decided);
   *     0 for none
   * @param headsUnits whether the generated heads become {@code org_unit.head_employee_id}
   * @param birthYear year of birth in the generated NIPs, to keep them apart from other rosters
   * @param now the present: open tasks were created in the month before it, some are past due
   */
  public record Plan(String marker, Map<String, Integer> unitSizes, Period current, int quarters, int meetingEvery,
                     boolean headsUnits, int birthYear, Instant now, long seed) {
  }

  static final String REVIEW_PROCESS = "EmployeeQuarterlyReview";
  private static final String[][] TASKS = {
      {"UserTask_ProposeTargets", "Usulkan target kinerja", "pegawai"},
      {"UserTask_ReviewTargets", "Reviu target kinerja", "atasan"},
      {"UserTask_SelfAssess", "Isi penilaian mandiri", "pegawai"},
      {"UserTask_ReviewPerformance", "Nilai kinerja pegawai", "atasan"},
      {"UserTask_RespondToResult", "Tanggapi hasil penilaian", "pegawai"}};
  private static final String[] DECIDE_OBJECTION = {"UserTask_DecideObjection", "Putuskan keberatan", "atasan"};
  private static final String[] HAND_OVER_AWARD = {"UserTask_HandOverAward", "Serahkan sertifikat penghargaan",
      "atasan"};
  /** Open-quarter statuses of units without a meeting yet, with the number of tasks already completed. */
  private static final String[] OPEN_STATUSES = {"TARGET_SETTING", "TARGETS_IN_REVIEW", "SELF_ASSESSMENT",
      "SUPERVISOR_REVIEW", "RESULT_NOTIFIED", "OBJECTION", "READY_FOR_MEETING"};
  private static final int[] OPEN_STATUS_WEIGHTS = {15, 10, 25, 15, 10, 2, 23};
  private static final String[] PREDIKAT = {"SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"};
  private static final int[] PREDIKAT_WEIGHTS = {10, 72, 11, 5, 2};
  private static final String[] FIRST = {"Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hendra",
      "Indah", "Joko", "Kartika", "Lestari", "Muhammad", "Nurhayati", "Putri", "Rahmat", "Siti", "Taufik"};
  private static final String[] FAMILY = {"Siregar", "Lubis", "Nasution", "Harahap", "Damanik", "Sinaga", "Tarigan",
      "Pohan", "Ritonga", "Batubara", "Purba", "Saragih", "Ginting", "Santoso", "Hidayat", "Pratama"};
  private static final int BATCH = 1000;

  private final JdbcTemplate jdbc;
  private final Plan plan;
  private final Random random;
  private final Map<String, Long> rows = new LinkedHashMap<>();
  private final Timestamp now;

  private CityHistory(JdbcTemplate jdbc, Plan plan) {
    this.jdbc = jdbc;
    this.plan = plan;
    this.random = new Random(plan.seed());
    this.now = Timestamp.from(plan.now());
  }

  /** Writes the plan's rows and returns how many of each table. */
  public static Map<String, Long> fill(JdbcTemplate jdbc, Plan plan) {
    CityHistory history = new CityHistory(jdbc, plan);
    history.write();
    return history.rows;
  }

  private record Person(long id, String nip, String login, long unitId, Long supervisorId, String supervisorLogin) {
  }

  private record Cycle(long id, String unitCode, Period period, boolean meetingHeld) {
  }

  private void write() {
    String processDefinition = jdbc.queryForObject("select ID_ from ACT_RE_PROCDEF where KEY_ = ? "
        + "order by VERSION_ desc fetch first 1 rows only", String.class, REVIEW_PROCESS);
    Map<String, Long> unitIds = new HashMap<>();
    jdbc.query("select id, code from org_unit", rs -> {
      unitIds.put(rs.getString("code"), rs.getLong("id"));
    });
    List<Person> people = employees(unitIds);
    List<Period> periods = new ArrayList<>();
    Period period = plan.current();
    for (int i = 0; i < plan.quarters(); i++) {
      periods.add(0, period);
      period = period.previous();
    }
    Map<String, Cycle> cycles = cycles(unitIds, periods);
    reviews(people, periods, cycles, unitIds, processDefinition);
  }

  private List<Person> employees(Map<String, Long> unitIds) {
    List<Object[]> inserts = new ArrayList<>();
    Map<String, String> supervisorOf = new LinkedHashMap<>();
    Map<String, String> headOf = new LinkedHashMap<>();
    int[] index = {0};
    String firstUnit = plan.unitSizes().keySet().iterator().next();
    String top = person(inserts, index, "Sekretaris Daerah", "STRUKTURAL", unitIds.get(firstUnit));
    plan.unitSizes().forEach((code, size) -> {
      long unitId = unitIds.get(code);
      String head = person(inserts, index, "Kepala " + code, "STRUKTURAL", unitId);
      supervisorOf.put(head, top);
      headOf.put(code, head);
      int staff = size - 1;
      int sections = staff == 0 ? 0 : Math.max(1, staff / 12);
      List<String> sectionHeads = new ArrayList<>();
      for (int i = 0; i < sections; i++) {
        String section = person(inserts, index, "Kepala Seksi " + (i + 1), "STRUKTURAL", unitId);
        supervisorOf.put(section, head);
        sectionHeads.add(section);
      }
      for (int i = 0; i < staff - sections; i++) {
        String member = person(inserts, index, i % 3 == 0 ? "Analis Kebijakan" : "Pengadministrasi Umum",
            i % 3 == 0 ? "FUNGSIONAL" : "PELAKSANA", unitId);
        supervisorOf.put(member, sectionHeads.get(i % sectionHeads.size()));
      }
    });
    batch("employee", "insert into employee (nip, name, position, position_kind, unit_id, supervisor_id, active, "
        + "login_id, updated_at, version) values (?, ?, ?, ?, ?, null, true, ?, ?, 0)", inserts);
    Map<String, Long> ids = new HashMap<>();
    Map<String, Long> units = new HashMap<>();
    jdbc.query("select id, nip, unit_id from employee where login_id like ?", rs -> {
      ids.put(rs.getString("nip"), rs.getLong("id"));
      units.put(rs.getString("nip"), rs.getLong("unit_id"));
    }, plan.marker() + ".%");
    List<Object[]> supervisors = new ArrayList<>();
    supervisorOf.forEach((nip, supervisor) -> supervisors.add(new Object[] {ids.get(supervisor), ids.get(nip)}));
    batch(null, "update employee set supervisor_id = ? where id = ?", supervisors);
    if (plan.headsUnits()) {
      List<Object[]> heads = new ArrayList<>();
      headOf.forEach((code, nip) -> heads.add(new Object[] {ids.get(nip), unitIds.get(code)}));
      batch(null, "update org_unit set head_employee_id = ? where id = ?", heads);
    }
    List<Person> people = new ArrayList<>();
    supervisorOf.forEach((nip, supervisor) -> people.add(new Person(ids.get(nip), nip, login(nip), units.get(nip),
        ids.get(supervisor), login(supervisor))));
    return people;
  }

  private final Map<String, String> logins = new HashMap<>();

  private String login(String nip) {
    return logins.get(nip);
  }

  /** Adds one employee row; returns the NIP, which is valid: birth date, start of service 25 years later, sex. */
  private String person(List<Object[]> inserts, int[] index, String position, String kind, long unitId) {
    int i = index[0]++;
    LocalDate birth = LocalDate.of(plan.birthYear(), 1, 1).plusDays(i / 800);
    String nip = String.format("%04d%02d%02d%04d03%d%03d", birth.getYear(), birth.getMonthValue(),
        birth.getDayOfMonth(), birth.getYear() + 25, 1 + i % 2, 100 + i % 800);
    String login = plan.marker() + "." + i;
    logins.put(nip, login);
    String name = FIRST[random.nextInt(FIRST.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
    inserts.add(new Object[] {nip, name, position, kind, unitId, login, now});
    return nip;
  }

  private Map<String, Cycle> cycles(Map<String, Long> unitIds, List<Period> periods) {
    List<Object[]> inserts = new ArrayList<>();
    int unitIndex = 0;
    Map<String, String> results = new HashMap<>();
    for (String code : plan.unitSizes().keySet()) {
      boolean heldNow = plan.meetingEvery() > 0 && ++unitIndex % plan.meetingEvery() == 0;
      for (Period period : periods) {
        boolean decided = !period.equals(plan.current());
        String result = decided || heldNow ? unitResult() : null;
        results.put(code + period, result);
        inserts.add(new Object[] {unitIds.get(code), period.year(), period.quarter(),
            UnitCycle.businessKey(code, period), uuid(), decided ? "CLOSED" : "OPEN", result, at(period.lastDay().plusDays(20)), at(period.firstDay()),
            plan.marker(), decided ? at(period.lastDay().plusDays(25)) : null});
      }
    }
    batch("unit_cycle", "insert into unit_cycle (unit_id, cycle_year, cycle_quarter, business_key, "
        + "process_instance_id, status, unit_result, meeting_deadline, opened_at, opened_by, closed_at, version) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", inserts);
    Map<String, Cycle> cycles = new HashMap<>();
    jdbc.query("select c.id, u.code, c.cycle_year, c.cycle_quarter, c.unit_result from unit_cycle c "
        + "join org_unit u on u.id = c.unit_id where c.opened_by = ?", rs -> {
          Period period = new Period(rs.getInt("cycle_year"), rs.getInt("cycle_quarter"));
          String code = rs.getString("code");
          cycles.put(code + period, new Cycle(rs.getLong("id"), code, period, results.get(code + period) != null));
        }, plan.marker());
    List<Object[]> meetings = new ArrayList<>();
    cycles.values().stream().filter(Cycle::meetingHeld).forEach(cycle -> {
      String result = results.get(cycle.unitCode() + cycle.period());
      LocalDate date = cycle.period().equals(plan.current())
          ? LocalDate.ofInstant(plan.now(), ZoneOffset.UTC).minusDays(3) : cycle.period().lastDay().plusDays(10);
      meetings.add(new Object[] {cycle.id(), uuid(), java.sql.Date.valueOf(date), "Rapat evaluasi kinerja triwulan.",
          "Kepala unit, sekretaris, para kepala bidang", result,
          "BAIK".equals(result) || "ISTIMEWA".equals(result) ? null : "Sebaran sesuai hasil penilaian.",
          plan.marker(), at(date)});
    });
    batch("evaluation_meeting", "insert into evaluation_meeting (cycle_id, sequence_number, task_id, meeting_date, "
        + "minutes, attendees, unit_result, distribution_justification, held_by, recorded_at) "
        + "values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)", meetings);
    return cycles;
  }

  private String unitResult() {
    int n = random.nextInt(10);
    return n == 0 ? "ISTIMEWA" : n < 7 ? "BAIK" : n < 9 ? "BUTUH_PERBAIKAN" : "KURANG";
  }

  private record Review(Person person, Period period, Cycle cycle, String status, String predikat,
                        String followUp, boolean objection, String processInstanceId, String businessKey) {
  }

  private void reviews(List<Person> people, List<Period> periods, Map<String, Cycle> cycles,
                       Map<String, Long> unitIds, String processDefinition) {
    Map<Long, String> unitCodes = new HashMap<>();
    unitIds.forEach((code, id) -> unitCodes.put(id, code));
    List<Review> reviews = new ArrayList<>();
    List<Object[]> inserts = new ArrayList<>();
    for (Period period : periods) {
      for (Person person : people) {
        Cycle cycle = cycles.get(unitCodes.get(person.unitId()) + period);
        Review review = review(person, period, cycle);
        reviews.add(review);
        boolean rated = review.predikat() != null;
        Instant decidedAt = "DECIDED".equals(review.status()) ? instant(period.lastDay().plusDays(12)) : null;
        inserts.add(new Object[] {person.id(), person.supervisorId(), period.year(), period.quarter(),
            review.businessKey(), review.processInstanceId(), review.status(),
            rated ? "Target tercapai sesuai rencana." : null,
            rated ? rating(review.predikat()) : null, rated ? rating(review.predikat()) : null,
            rated ? "SESUAI_EKSPEKTASI" : null, rated ? "Pertahankan kinerja." : null, review.predikat(),
            rated ? review.followUp() : null, decidedAt == null ? null : review.followUp(),
            "WITHDRAWN".equals(review.status()) ? "Pindah tugas" : null,
            rated ? Timestamp.from(instant(period.lastDay().plusDays(2))) : null,
            decidedAt == null ? null : Timestamp.from(decidedAt), at(period.firstDay()), now, plan.marker(),
            cycle.id()});
      }
    }
    batch("performance_review", "insert into performance_review (employee_id, assessor_id, review_year, "
        + "review_quarter, business_key, process_instance_id, status, reflection, rating_hasil_kerja, "
        + "rating_hasil_kerja_suggested, rating_perilaku_kerja, feedback, predikat, recommended_follow_up, "
        + "decided_follow_up, withdrawal_reason, predikat_at, decided_at, created_at, updated_at, updated_by, "
        + "cycle_id, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", inserts);
    Map<String, Long> reviewIds = new HashMap<>();
    jdbc.query("select r.id, r.business_key from performance_review r where r.updated_by = ?", rs -> {
      reviewIds.put(rs.getString("business_key"), rs.getLong("id"));
    }, plan.marker());
    Map<Long, Long> meetingOfCycle = new HashMap<>();
    jdbc.query("select id, cycle_id from evaluation_meeting where held_by = ?", rs -> {
      meetingOfCycle.put(rs.getLong("cycle_id"), rs.getLong("id"));
    }, plan.marker());
    dependents(reviews, reviewIds, meetingOfCycle);
    engine(reviews, processDefinition);
  }

  private Review review(Person person, Period period, Cycle cycle) {
    String businessKey = person.nip() + "-" + period.year() + "-Q" + period.quarter();
    String pid = uuid();
    if (cycle.meetingHeld()) {
      if (random.nextInt(100) == 0) {
        return new Review(person, period, cycle, "WITHDRAWN", null, null, false, pid, businessKey);
      }
      String predikat = pick(PREDIKAT, PREDIKAT_WEIGHTS);
      String followUp = switch (predikat) {
        case "SANGAT_BAIK" -> random.nextBoolean() ? "PENGHARGAAN" : "TANPA_TINDAK_LANJUT";
        case "BAIK" -> "TANPA_TINDAK_LANJUT";
        default -> "PEMBINAAN";
      };
      return new Review(person, period, cycle, "DECIDED", predikat, followUp, random.nextInt(25) == 0, pid,
          businessKey);
    }
    String status = pick(OPEN_STATUSES, OPEN_STATUS_WEIGHTS);
    boolean rated = List.of("RESULT_NOTIFIED", "OBJECTION", "READY_FOR_MEETING").contains(status);
    String predikat = rated ? pick(PREDIKAT, PREDIKAT_WEIGHTS) : null;
    String followUp = predikat == null ? null
        : "SANGAT_BAIK".equals(predikat) ? "PENGHARGAAN" : "BAIK".equals(predikat) ? "TANPA_TINDAK_LANJUT"
        : "PEMBINAAN";
    return new Review(person, period, cycle, status, predikat, followUp, "OBJECTION".equals(status), pid,
        businessKey);
  }

  private static String rating(String predikat) {
    return switch (predikat) {
      case "SANGAT_BAIK" -> "DI_ATAS_EKSPEKTASI";
      case "BAIK" -> "SESUAI_EKSPEKTASI";
      default -> "DI_BAWAH_EKSPEKTASI";
    };
  }

  private void dependents(List<Review> reviews, Map<String, Long> reviewIds, Map<Long, Long> meetingOfCycle) {
    List<Object[]> indicators = new ArrayList<>();
    List<Object[]> objections = new ArrayList<>();
    List<Object[]> decisions = new ArrayList<>();
    List<Object[]> awards = new ArrayList<>();
    List<Object[]> coaching = new ArrayList<>();
    Map<Integer, Integer> awardSequence = new HashMap<>();
    for (Review review : reviews) {
      long id = reviewIds.get(review.businessKey());
      Period period = review.period();
      boolean assessed = !List.of("TARGET_SETTING", "TARGETS_IN_REVIEW", "WITHDRAWN").contains(review.status());
      boolean realised = assessed && !"SELF_ASSESSMENT".equals(review.status());
      for (int position = 1; position <= 3; position++) {
        BigDecimal realisation = realised ? BigDecimal.valueOf(80 + random.nextInt(30)) : null;
        indicators.add(new Object[] {id, position, "Terlaksananya layanan " + position,
            "Jumlah dokumen layanan yang diselesaikan " + position, "KUANTITAS", BigDecimal.valueOf(100), "dokumen",
            position == 3 ? 34 : 33, position == 1 ? "UTAMA" : "TAMBAHAN", realisation,
            realised ? "Laporan triwulan" : null, realisation, realised ? rating(review.predikat() == null
            ? "BAIK" : review.predikat()) : null});
      }
      if (review.objection()) {
        boolean decidedObjection = "DECIDED".equals(review.status());
        objections.add(new Object[] {id, "Capaian indikator belum dihitung lengkap.",
            Timestamp.from(instant(period.lastDay().plusDays(4))), review.person().login(),
            decidedObjection ? "DITOLAK" : null, decidedObjection ? "Capaian sudah dihitung sesuai bukti." : null,
            rating(review.predikat()), "SESUAI_EKSPEKTASI", review.predikat(),
            decidedObjection ? Timestamp.from(instant(period.lastDay().plusDays(8))) : null,
            decidedObjection ? review.person().supervisorLogin() : null});
      }
      if (!"DECIDED".equals(review.status())) {
        continue;
      }
      Long meeting = meetingOfCycle.get(review.cycle().id());
      decisions.add(new Object[] {meeting, id, review.followUp(), review.followUp(),
          Timestamp.from(instant(period.lastDay().plusDays(12)))});
      if ("PENGHARGAAN".equals(review.followUp())) {
        int sequence = awardSequence.merge(period.year(), 1, Integer::sum);
        awards.add(new Object[] {id, period.year(), sequence,
            String.format("800.1.6/%04d/BKPSDM/%d", sequence, period.year()), "Pegawai berkinerja sangat baik",
            Timestamp.from(instant(period.lastDay().plusDays(12)))});
      } else if ("PEMBINAAN".equals(review.followUp())) {
        boolean past = !period.equals(plan.current());
        coaching.add(new Object[] {id, review.person().id(), review.person().supervisorId(), period.year(),
            period.quarter(), review.businessKey(), past ? (random.nextInt(4) == 0 ? "DIESKALASI" : "MEMBAIK")
            : "PERENCANAAN", past ? "Capaian di bawah target." : null, past ? "Capaian sesuai target." : null,
            Timestamp.from(instant(period.lastDay().plusDays(12))), now});
      }
    }
    batch("review_indicator", "insert into review_indicator (review_id, position, rhk, description, aspect, "
        + "target_value, unit_of_measure, weight, kind, realisation, evidence, achievement, category) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", indicators);
    batch("review_objection", "insert into review_objection (review_id, reason, filed_at, filed_by, decision, "
        + "decision_reason, previous_hasil_kerja, previous_perilaku_kerja, previous_predikat, decided_at, "
        + "decided_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", objections);
    batch("meeting_decision", "insert into meeting_decision (meeting_id, review_id, recommended, decided, "
        + "delivered_at) values (?, ?, ?, ?, ?)", decisions);
    batch("award", "insert into award (review_id, award_year, sequence_number, certificate_number, category, "
        + "granted_at) values (?, ?, ?, ?, ?, ?)", awards);
    batch("coaching", "insert into coaching (review_id, employee_id, supervisor_id, review_year, review_quarter, "
        + "business_key, status, gaps, goals, created_at, updated_at, version) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", coaching);
  }

  /**
   * The engine's rows: a historic task for every step a review went through; for the open quarter the running
   * process instance (root execution) at its current activity and its open task.
   */
  private void engine(List<Review> reviews, String processDefinition) {
    List<Object[]> executions = new ArrayList<>();
    List<Object[]> tasks = new ArrayList<>();
    List<Object[]> history = new ArrayList<>();
    for (Review review : reviews) {
      boolean open = review.period().equals(plan.current());
      List<String[]> steps = new ArrayList<>(List.of(TASKS));
      String[] waitingTask = null;
      String waitingActivity = null;
      switch (review.status()) {
        case "TARGET_SETTING", "TARGETS_IN_REVIEW", "SELF_ASSESSMENT", "SUPERVISOR_REVIEW", "RESULT_NOTIFIED" -> {
          int done = List.of(OPEN_STATUSES).indexOf(review.status());
          waitingTask = TASKS[done];
          steps = steps.subList(0, done);
        }
        case "OBJECTION" -> waitingTask = DECIDE_OBJECTION;
        case "READY_FOR_MEETING" -> {
          if (review.objection()) {
            steps.add(DECIDE_OBJECTION);
          }
          waitingActivity = "ReceiveTask_AwaitMeetingDecision";
        }
        case "WITHDRAWN" -> steps = steps.subList(0, 1);
        default -> {
          if (review.objection()) {
            steps.add(DECIDE_OBJECTION);
          }
          if ("PENGHARGAAN".equals(review.followUp())) {
            if (open) {
              waitingTask = HAND_OVER_AWARD;
            } else {
              steps.add(HAND_OVER_AWARD);
            }
          } else if ("PEMBINAAN".equals(review.followUp()) && open) {
            waitingActivity = "CallActivity_CoachingFollowUp";
          }
        }
      }
      Instant start = instant(review.period().firstDay().plusDays(1));
      Instant taskStart = start;
      for (String[] step : steps) {
        Instant due = taskStart.plus(Duration.ofDays(10));
        boolean onTime = random.nextInt(100) < 85;
        Instant end = onTime ? taskStart.plus(Duration.ofHours(2 + random.nextInt(200)))
            : due.plus(Duration.ofHours(1 + random.nextInt(120)));
        if (open && end.isAfter(plan.now())) {
          end = plan.now().minus(Duration.ofHours(1 + random.nextInt(48)));
          taskStart = end.minus(Duration.ofHours(1 + random.nextInt(24)));
        }
        history.add(historicTask(review, step, processDefinition, taskStart, end, due));
        taskStart = end;
      }
      if (waitingTask != null || waitingActivity != null) {
        String activity = waitingTask != null ? waitingTask[0] : waitingActivity;
        executions.add(new Object[] {review.processInstanceId(), review.processInstanceId(),
            review.processInstanceId(), review.businessKey(), processDefinition, activity,
            activityInstance(activity), steps.size() * 4L + 3, REVIEW_PROCESS});
      }
      if (waitingTask != null) {
        Instant created = open ? plan.now().minus(Duration.ofHours(1 + random.nextInt(30 * 24))) : taskStart;
        Instant due = created.plus(Duration.ofDays(10));
        String taskId = uuid();
        String assignee = assignee(review, waitingTask);
        tasks.add(new Object[] {taskId, review.processInstanceId(), review.processInstanceId(), processDefinition,
            waitingTask[1], waitingTask[0], assignee, Timestamp.from(created), Timestamp.from(created),
            Timestamp.from(due)});
        history.add(new Object[] {taskId, waitingTask[0], REVIEW_PROCESS, processDefinition,
            review.processInstanceId(), review.processInstanceId(), review.processInstanceId(),
            activityInstance(waitingTask[0]), waitingTask[1], assignee, Timestamp.from(created), null, null, null,
            Timestamp.from(due), "Created"});
      }
    }
    batch("ACT_RU_EXECUTION", "insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, "
        + "BUSINESS_KEY_, PARENT_ID_, PROC_DEF_ID_, ACT_ID_, ACT_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, "
        + "IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_, PROC_DEF_KEY_) "
        + "values (?, 1, ?, ?, ?, null, ?, ?, ?, true, false, true, false, 1, 0, ?, ?)", executions);
    batch("ACT_RU_TASK", "insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, "
        + "TASK_DEF_KEY_, ASSIGNEE_, PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, SUSPENSION_STATE_, "
        + "TASK_STATE_) values (?, 1, ?, ?, ?, ?, ?, ?, 50, ?, ?, ?, 1, 'Created')", tasks);
    batch("ACT_HI_TASKINST", "insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, "
        + "ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, "
        + "DURATION_, DELETE_REASON_, PRIORITY_, DUE_DATE_, TASK_STATE_) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 50, ?, ?)", history);
  }

  private Object[] historicTask(Review review, String[] step, String processDefinition, Instant start, Instant end,
                                Instant due) {
    return new Object[] {uuid(), step[0], REVIEW_PROCESS, processDefinition, review.processInstanceId(),
        review.processInstanceId(), review.processInstanceId(), activityInstance(step[0]), step[1],
        assignee(review, step), Timestamp.from(start), Timestamp.from(end), Duration.between(start, end).toMillis(),
        "completed", Timestamp.from(due), "Completed"};
  }

  private static String assignee(Review review, String[] step) {
    return "pegawai".equals(step[2]) ? review.person().login() : review.person().supervisorLogin();
  }

  /**
   * Removes everything a plan with this marker wrote (the generated employees, their reviews and all that hangs on
   * them, the engine rows of those reviews, the cycles and meetings).
   */
  public static void remove(JdbcTemplate jdbc, String marker) {
    String reviews = "select r.id from performance_review r where r.updated_by = ?";
    String instances = "select r.process_instance_id from performance_review r where r.updated_by = ?";
    jdbc.update("delete from ACT_RU_TASK where PROC_INST_ID_ in (" + instances + ")", marker);
    jdbc.update("delete from ACT_RU_EXECUTION where PROC_INST_ID_ in (" + instances + ")", marker);
    jdbc.update("delete from ACT_HI_TASKINST where PROC_INST_ID_ in (" + instances + ")", marker);
    jdbc.update("delete from meeting_decision where review_id in (" + reviews + ")", marker);
    jdbc.update("delete from evaluation_meeting where held_by = ?", marker);
    for (String table : List.of("award", "coaching", "review_objection", "review_indicator")) {
      jdbc.update("delete from " + table + " where review_id in (" + reviews + ")", marker);
    }
    jdbc.update("delete from performance_review where updated_by = ?", marker);
    jdbc.update("delete from unit_cycle where opened_by = ?", marker);
    jdbc.update("update org_unit set head_employee_id = null where head_employee_id in "
        + "(select id from employee where login_id like ?)", marker + ".%");
    jdbc.update("update employee set supervisor_id = null where login_id like ?", marker + ".%");
    jdbc.update("delete from employee where login_id like ?", marker + ".%");
  }

  private void batch(String table, String sql, List<Object[]> arguments) {
    for (int from = 0; from < arguments.size(); from += BATCH) {
      jdbc.batchUpdate(sql, arguments.subList(from, Math.min(arguments.size(), from + BATCH)));
    }
    if (table != null) {
      rows.merge(table, (long) arguments.size(), Long::sum);
    }
  }

  private String pick(String[] values, int[] weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int n = random.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      n -= weights[i];
      if (n < 0) {
        return values[i];
      }
    }
    throw new IllegalStateException();
  }

  /** Like the engine: activity id and a generated id, or the generated id alone where both do not fit in 64. */
  private String activityInstance(String activityId) {
    String id = uuid();
    return activityId.length() + 1 + id.length() > 64 ? id : activityId + ":" + id;
  }

  private String uuid() {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  private static Instant instant(LocalDate date) {
    return date.atTime(9, 0).toInstant(ZoneOffset.ofHours(7));
  }

  private static Timestamp at(LocalDate date) {
    return Timestamp.from(instant(date));
  }
}
