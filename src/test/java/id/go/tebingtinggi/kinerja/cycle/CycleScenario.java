package id.go.tebingtinggi.kinerja.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.meeting.MeetingAgenda;
import id.go.tebingtinggi.kinerja.meeting.MeetingFixture;
import id.go.tebingtinggi.kinerja.meeting.MeetingInput;
import id.go.tebingtinggi.kinerja.meeting.UnitResult;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One unit's quarter in a process test: opened through QuarterOpening as BKPSDM would, its reviews brought to the
 * meeting by {@link MeetingFixture}, its jobs run by {@link QuarterJobs}, and the meeting record the kepala dinas
 * would submit on the meeting page.
 */
public final class CycleScenario {

  public final MeetingFixture fixture;
  public final QuarterJobs jobs;
  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final String unit;
  private final Period period;
  private ProcessInstance cycle;

  public CycleScenario(ProcessEngine engine, JdbcTemplate jdbc, String unit, Period period) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.unit = unit;
    this.period = period;
    this.fixture = new MeetingFixture(engine, jdbc, unit, period);
    this.jobs = new QuarterJobs(engine, period);
  }

  /** Opens the unit's quarter through QuarterOpening and runs the opening's jobs; returns the opening instance. */
  public ProcessInstance open() {
    ProcessInstance opening = engine.getRuntimeService().startProcessInstanceByKey("QuarterOpening",
        Variables.createVariables().putValue("year", period.year()).putValue("quarter", period.quarter())
            .putValue("unitDipilih", unit));
    jobs.include(opening.getId()).executeAll();
    return opening;
  }

  /** The unit's UnitQuarterlyCycle instance (kept once found, so it can be asserted after it ended). */
  public ProcessInstance cycle() {
    if (cycle == null) {
      cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("UnitQuarterlyCycle")
          .processInstanceBusinessKey(fixture.cycleKey()).singleResult();
      assertThat(cycle).as("cycle %s", fixture.cycleKey()).isNotNull();
    }
    return cycle;
  }

  public int reviewCount() {
    return jdbc.queryForObject("select count(*) from performance_review where cycle_id = ?", Integer.class,
        fixture.cycleId());
  }

  public String reviewKey(String login) {
    return fixture.nipOf(login) + "-" + period.year() + "-Q" + period.quarter();
  }

  public static LocalDate today() {
    return LocalDate.now(ReviewCalendar.ZONE);
  }

  /** A complete meeting record: minutes, attendees, the unit's result, a justification, and these decisions. */
  public static MeetingInput meeting(LocalDate date, List<MeetingInput.Decision> decisions) {
    return new MeetingInput(date, "Rapat membahas capaian kinerja triwulan setiap pegawai dan tindak lanjutnya.",
        "Kepala dinas, sekretaris, para kepala bidang", UnitResult.BAIK,
        "Sebaran predikat sesuai hasil penilaian atasan berdasarkan bukti dukung.", decisions);
  }

  /** Every item on the agenda decided as recommended. */
  public static List<MeetingInput.Decision> asRecommended(MeetingAgenda agenda) {
    return agenda.items().stream().map(item -> new MeetingInput.Decision(item.reviewId(), item.recommended(), null))
        .toList();
  }
}
