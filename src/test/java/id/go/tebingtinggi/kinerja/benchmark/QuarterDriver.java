package id.go.tebingtinggi.kinerja.benchmark;

import id.go.tebingtinggi.kinerja.meeting.DistributionGuide;
import id.go.tebingtinggi.kinerja.meeting.MeetingAgenda;
import id.go.tebingtinggi.kinerja.meeting.MeetingInput;
import id.go.tebingtinggi.kinerja.meeting.MeetingService;
import id.go.tebingtinggi.kinerja.meeting.MeetingTasks;
import id.go.tebingtinggi.kinerja.meeting.UnitResult;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One quarter of the whole city through the application, phase by phase as the quarter goes: BKPSDM opens it for
 * every unit, employees propose targets and their atasan approve or return them, employees assess themselves, the
 * atasan rate them, employees accept or object, each kepala dinas holds the evaluation meeting, and the follow-up
 * runs. Each person's step is a task completion through the engine's Java API as that person; the job executor
 * does the asynchronous steps meanwhile.
 */
final class QuarterDriver {

  static final String REVIEW = "EmployeeQuarterlyReview";
  static final String CYCLE = "UnitQuarterlyCycle";
  static final String OPENING = "QuarterOpening";
  static final String COACHING = "CoachingFollowUp";

  private final ProcessEngine engine;
  private final TaskService taskService;
  private final MeetingTasks meetingTasks;
  private final MeetingService meetings;
  private final JdbcTemplate jdbc;
  private final Workers workers;
  private final People people;
  private final JobWatch jobs;
  private final PlannerStatistics statistics;
  private final long seed;
  private final BenchmarkResult result;
  final Latencies completions = new Latencies();
  final Map<String, Latencies> completionsByTask = new LinkedHashMap<>();
  int tasksCompleted;
  private List<String> bkpsdmStaff = List.of();

  QuarterDriver(ProcessEngine engine, MeetingTasks meetingTasks, MeetingService meetings, JdbcTemplate jdbc,
                Workers workers, People people, JobWatch jobs, PlannerStatistics statistics, long seed,
                BenchmarkResult result) {
    this.engine = engine;
    this.taskService = engine.getTaskService();
    this.meetingTasks = meetingTasks;
    this.meetings = meetings;
    this.jdbc = jdbc;
    this.workers = workers;
    this.people = people;
    this.jobs = jobs;
    this.statistics = statistics;
    this.seed = seed;
    this.result = result;
  }

  /** Runs the quarter {@code year}/{@code quarter} to its end; returns the phases with their wall time. */
  void run(int year, int quarter, Runnable atPeakOfQuarter) {
    int reviews = jdbc.queryForObject(
        "select count(*) from employee where active = true and supervisor_id is not null", Integer.class);
    int units = jdbc.queryForObject("select count(*) from org_unit", Integer.class);
    bkpsdmStaff = jdbc.queryForList("select e.login_id from employee e join org_unit u on u.id = e.unit_id "
        + "where u.code = 'BKPSDM' and e.active = true order by e.id", String.class);
    String bkpsdm = jdbc.queryForObject("select e.login_id from employee e join org_unit u on u.id = e.unit_id "
        + "where u.code = 'BKPSDM' and e.supervisor_id is not null order by e.id fetch first 1 rows only", String.class);

    phase("quarter opened for every unit", () -> {
      people.as(bkpsdm, () -> engine.getRuntimeService().startProcessInstanceByKey(OPENING, Variables.createVariables()
          .putValue("year", year).putValue("quarter", quarter).putValue("seluruhUnit", true)));
      jobs.awaitDrained("opening", () -> openTasks("UserTask_ProposeTargets") >= reviews);
    });

    phase("targets proposed and approved", () -> {
      complete("UserTask_ProposeTargets", task -> conduct(task).targets(false));
      complete("UserTask_ReviewTargets", task -> conduct(task).targetReview(true));
      complete("UserTask_ProposeTargets", task -> conduct(task).targets(true));
      complete("UserTask_ReviewTargets", task -> conduct(task).targetReview(false));
      jobs.awaitDrained("targets", () -> openTasks("UserTask_SelfAssess") >= reviews);
    });
    atPeakOfQuarter.run();

    phase("self-assessments", () -> {
      complete("UserTask_SelfAssess", task -> conduct(task).selfAssessment());
      jobs.awaitDrained("self-assessment", () -> openTasks("UserTask_ReviewPerformance") >= reviews);
    });

    phase("supervisor reviews", () -> {
      complete("UserTask_ReviewPerformance",
          task -> conduct(task).supervisorReview(taskService.getVariable(task.getId(), "ratingHasilKerjaSaran")));
      jobs.awaitDrained("supervisor review", () -> openTasks("UserTask_RespondToResult") >= reviews);
    });

    phase("results accepted or objected", () -> {
      complete("UserTask_RespondToResult", task -> conduct(task).resultResponse());
      complete("UserTask_DecideObjection", task -> ReviewConduct.objectionDecision());
      jobs.awaitDrained("ready for meetings", () -> openTasks("UserTask_HoldMeeting") >= units);
    });

    phase("evaluation meetings held", () -> {
      holdMeetings();
      jobs.awaitDrained("decisions delivered", () -> true);
    });

    phase("follow-up: awards and coaching", () -> {
      for (int round = 1; ; round++) {
        List<Task> open = taskService.createTaskQuery().list();
        if (open.isEmpty()) {
          break;
        }
        if (round > 20) {
          throw new IllegalStateException("the follow-up still has open tasks after 20 rounds: " + open.size());
        }
        completeFollowUpSteps(open);
        jobs.awaitDrained("follow-up", () -> true);
      }
    });
    result.put("reviewsExpected", reviews);
    result.put("units", units);
  }

  // --- the evaluation meeting ------------------------------------------------------------------------------

  /** Each kepala dinas opens the agenda, confirms every recommendation, writes minutes and records the meeting. */
  private void holdMeetings() {
    List<Task> tasks = taskService.createTaskQuery().taskDefinitionKey("UserTask_HoldMeeting").list();
    Latencies latencies = completionsByTask.computeIfAbsent("UserTask_HoldMeeting", k -> new Latencies());
    workers.run(tasks, task -> people.as(task.getAssignee(), () -> {
      Long cycleId = meetingTasks.cycleOfOpenMeetingTask(task.getId(), task.getAssignee());
      MeetingAgenda agenda = meetings.agenda(cycleId);
      List<MeetingInput.Decision> decisions = agenda.items().stream()
          .map(item -> new MeetingInput.Decision(item.reviewId(), item.recommended(), null)).toList();
      String justification = DistributionGuide.deviations(UnitResult.BAIK, agenda.distribution()).isEmpty() ? null
          : "Sebaran predikat unit ini mencerminkan capaian nyata yang sudah diverifikasi dalam rapat.";
      MeetingInput input = new MeetingInput(LocalDate.now(ReviewCalendar.ZONE),
          "Rapat membahas capaian kinerja triwulan setiap pegawai dan menyepakati tindak lanjutnya.",
          "Kepala unit, sekretaris, para kepala bidang", UnitResult.BAIK, justification, decisions);
      long start = System.nanoTime();
      meetingTasks.holdAndComplete(task.getId(), task.getAssignee(), input);
      long took = System.nanoTime() - start;
      latencies.record(took);
      completions.record(took);
    }));
    count(tasks.size());
  }

  // --- follow-up: award hand-over and coaching ------------------------------------------------------------

  /**
   * One round of the follow-up: every open task is done once by its person, task kind after task kind. BKPSDM's
   * group tasks are claimed by the BKPSDM staff in turn, as the team shares the queue. A task kind the benchmark
   * does not know stops the run: a new task in the quarter must be driven here, not skipped.
   */
  private void completeFollowUpSteps(List<Task> open) {
    Map<String, List<Task>> byKey = new LinkedHashMap<>();
    open.forEach(task -> byKey.computeIfAbsent(task.getTaskDefinitionKey(), k -> new ArrayList<>()).add(task));
    byKey.forEach((key, tasks) -> completeTasks(key, tasks, followUpForm(key)));
  }

  private Function<Task, Map<String, Object>> followUpForm(String taskKey) {
    return switch (taskKey) {
      case "UserTask_HandOverAward" -> task -> CoachingConduct.awardHandOver();
      case "UserTask_PlanCoaching" -> task -> coaching(task).plan();
      case "UserTask_AcknowledgePlan" -> task -> coaching(task).acknowledgement();
      case "UserTask_RecordSession" -> task -> coaching(task).session(sessionsHeld(task));
      case "UserTask_NoteSession" -> task -> coaching(task).sessionNote(sessionsHeld(task));
      default -> throw new IllegalStateException("the benchmark does not know how to complete task " + taskKey
          + " of the quarter's follow-up");
    };
  }

  private CoachingConduct coaching(Task task) {
    return new CoachingConduct(task.getProcessInstanceId(), seed);
  }

  /** The sessions recorded so far, as the form shows them ({@code nomorSesi}, absent before the first). */
  private int sessionsHeld(Task task) {
    Object number = taskService.getVariable(task.getId(), "nomorSesi");
    return number == null ? 0 : ((Number) number).intValue();
  }

  /** Who does a group task: the BKPSDM staff in turn. */
  private String groupMember(Task task) {
    return bkpsdmStaff.get(Math.floorMod(task.getId().hashCode(), bkpsdmStaff.size()));
  }

  // --- plumbing --------------------------------------------------------------------------------------------

  private ReviewConduct conduct(Task task) {
    return new ReviewConduct(task.getProcessInstanceId(), seed);
  }

  /** Every open task with this key, each completed by its assignee with what {@code form} says they type. */
  private void complete(String taskKey, Function<Task, Map<String, Object>> form) {
    completeTasks(taskKey, taskService.createTaskQuery().taskDefinitionKey(taskKey).list(), form);
  }

  private void completeTasks(String taskKey, List<Task> tasks, Function<Task, Map<String, Object>> form) {
    Latencies latencies = completionsByTask.computeIfAbsent(taskKey, k -> new Latencies());
    workers.run(tasks, task -> people.as(task.getAssignee() != null ? task.getAssignee() : groupMember(task), () -> {
      Map<String, Object> variables = form.apply(task);
      long start = System.nanoTime();
      if (task.getAssignee() == null) {
        taskService.claim(task.getId(), groupMember(task));
      }
      taskService.complete(task.getId(), variables);
      long took = System.nanoTime() - start;
      latencies.record(took);
      completions.record(took);
    }));
    count(tasks.size());
  }

  private synchronized void count(int completed) {
    tasksCompleted += completed;
  }

  private long openTasks(String taskKey) {
    return taskService.createTaskQuery().taskDefinitionKey(taskKey).count();
  }

  long runningInstances(String processKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).count();
  }

  private void phase(String name, Runnable work) {
    int before = tasksCompleted;
    long started = System.nanoTime();
    work.run();
    result.phase(name, System.nanoTime() - started, tasksCompleted - before);
    statistics.refresh();
  }
}
