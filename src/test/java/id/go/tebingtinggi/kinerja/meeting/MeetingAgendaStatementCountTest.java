package id.go.tebingtinggi.kinerja.meeting;

import static id.go.tebingtinggi.kinerja.meeting.MeetingFixture.BAIK;
import static id.go.tebingtinggi.kinerja.meeting.MeetingFixture.BUTUH_PERBAIKAN;
import static id.go.tebingtinggi.kinerja.meeting.MeetingFixture.SANGAT_BAIK;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.dashboard.benchmark.StatementCounter;
import id.go.tebingtinggi.kinerja.dashboard.benchmark.StatementCounter.Counted;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No N+1 in the meeting agenda: it is read when the meeting task is created, by the meeting page and again when the
 * meeting is recorded, for units of up to 1,500 employees at city scale (docs/benchmark.md). Its statement count
 * must not grow with the number of reviews on the agenda. This class's own quarter: 2095-Q1 of Kecamatan Rambutan.
 */
@IntegrationTest
class MeetingAgendaStatementCountTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;
  @Autowired MeetingService meetings;

  static final Period QUARTER = new Period(2095, 1);

  private MeetingFixture fixture;

  @AfterEach
  void removeTheQuarter() {
    if (fixture != null) {
      fixture.remove();
    }
  }

  @Test
  void agendaTakesAsManyStatementsForFourReviewsAsForOne() {
    fixture = new MeetingFixture(engine, jdbc, "KEC-RAMBUTAN", QUARTER).open()
        .bringToMeeting("khairul.dalimunthe", SANGAT_BAIK);
    Counted<MeetingAgenda> one;
    try (StatementCounter counter = StatementCounter.install(context)) {
      one = counter.count(() -> meetings.agenda(fixture.cycleId()));
    }
    fixture.bringToMeeting("suryani.sihombing", BAIK)
        .bringToMeeting("ferdi.matondang", BAIK)
        .bringToMeeting("mega.silvia", BUTUH_PERBAIKAN);
    Counted<MeetingAgenda> four;
    try (StatementCounter counter = StatementCounter.install(context)) {
      four = counter.count(() -> meetings.agenda(fixture.cycleId()));
    }

    assertThat(one.value().items()).hasSize(1);
    assertThat(four.value().items()).hasSize(4);
    assertThat(one.statements()).isPositive();
    assertThat(four.statements()).as("statements for an agenda of 4 reviews vs. 1").isEqualTo(one.statements());
  }
}
