package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.coaching.EngineDriver.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tebingtinggi.kinerja.cycle.QuarterJobs;
import id.go.tebingtinggi.kinerja.meeting.MeetingFixture;
import id.go.tebingtinggi.kinerja.review.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;

/**
 * QuarterOpening as BKPSDM uses it: from the Tasklist start form (the variables as Tasklist submits them) and
 * through the engine REST API, for one unit, several, or the whole city, where units without a head or without
 * employees to review are skipped with the reason; opening a unit's quarter twice, or choosing a unit that cannot
 * hold a quarter, is refused and starts nothing.
 *
 * <p>Year 2011, a year of its own. Not 2100–2199: a quarter's meeting can only be held once the quarter has begun
 * (its date is never in the future) and {@code Period} accepts years up to 2100, so the cycle tests use past years.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarterOpeningProcessTest {

  private static final int YEAR = 2011;
  private static final String BKPSDM = "ani.wulandari";
  /** A unit of this test only: its head reports to no one and has no staff, so nobody in it can be reviewed. */
  private static final String EMPTY_UNIT = "UJI-SEPI";

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    if (jdbc.queryForObject("select count(*) from org_unit where code = ?", Integer.class, EMPTY_UNIT) == 0) {
      jdbc.update("insert into org_unit (code, name, kind) values (?, 'Unit Uji Tanpa Staf', 'BADAN')", EMPTY_UNIT);
      jdbc.update("insert into employee (nip, name, position, position_kind, unit_id, active, login_id, updated_at) "
          + "select '198501012011011999', 'Kepala Unit Uji', 'Kepala Unit Uji', 'STRUKTURAL', id, true, "
          + "'kepala.unit.uji', current_timestamp from org_unit where code = ?", EMPTY_UNIT);
      jdbc.update("update org_unit set head_employee_id = (select id from employee where nip = '198501012011011999') "
          + "where code = ?", EMPTY_UNIT);
    }
  }

  @AfterAll
  void removeTheQuartersOpenedHere() {
    List<String> units = jdbc.queryForList("select code from org_unit", String.class);
    for (int quarter = 1; quarter <= 4; quarter++) {
      for (String unit : units) {
        new MeetingFixture(engine, jdbc, unit, new Period(YEAR, quarter)).remove();
      }
    }
    jdbc.update("update org_unit set head_employee_id = null where code = ?", EMPTY_UNIT);
    jdbc.update("delete from employee where nip = '198501012011011999'");
    jdbc.update("delete from org_unit where code = ?", EMPTY_UNIT);
  }

  @Test
  void opensOneUnitFromTheTasklistStartForm() {
    Period period = new Period(YEAR, 1);
    Map<String, Object> form = new LinkedHashMap<>();
    // what Tasklist submits for the open-quarter form: numbers, the checkbox, and the checklist as a JSON list
    form.put("year", typed(YEAR, "Long"));
    form.put("quarter", typed(1, "Long"));
    form.put("seluruhUnit", typed(false, "Boolean"));
    form.put("unitDipilih", typed("[\"DISDUKCAPIL\"]", "Json"));

    ResponseEntity<JsonNode> started = post("/process-definition/key/QuarterOpening/submit-form",
        Map.of("variables", form));

    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance opening = instance(started.getBody().path("id").asText());
    assertThat(opening).hasPassed("StartEvent_OpeningRequested", "ServiceTask_ValidateOpening")
        .variables().containsEntry("kodeUnitTerpilih", "DISDUKCAPIL").containsEntry("kodeUnitDilewati", "");
    assertThat(cycleCount(period)).as("the cycle starts in the opening's own job, not in the request").isZero();

    new QuarterJobs(engine, period).include(opening.getId()).executeAll();

    assertThat(opening).isEnded().hasPassed("ServiceTask_OpenUnitCycles", "EndEvent_QuarterOpened");
    ProcessInstance cycle = cycleInstance("DISDUKCAPIL", period);
    assertThat(cycle).isWaitingAt("Gateway_AwaitReadiness")
        .variables().containsEntry("kepalaLogin", "syahrial.nasution").containsEntry("periodeLabel", "Triwulan I 2011");
    assertThat(reviewsOf("DISDUKCAPIL", period)).isEqualTo(eligible("DISDUKCAPIL")).isEqualTo(10);
    assertThat(cycleCount(period)).isEqualTo(1);
  }

  @Test
  void opensSeveralUnitsThroughTheEngineRestApi() {
    Period period = new Period(YEAR, 2);

    ResponseEntity<JsonNode> started = start(Map.of("year", YEAR, "quarter", 2, "unitDipilih", "BAPPEDA, INSPEKTORAT"));

    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance opening = instance(started.getBody().path("id").asText());
    new QuarterJobs(engine, period).include(opening.getId()).executeAll();

    assertThat(opening).isEnded().hasPassed("EndEvent_QuarterOpened");
    for (String unit : List.of("BAPPEDA", "INSPEKTORAT")) {
      assertThat(cycleInstance(unit, period)).isWaitingAt("Gateway_AwaitReadiness");
      assertThat(reviewsOf(unit, period)).isEqualTo(eligible(unit)).isEqualTo(4);
    }
    assertThat(cycleCount(period)).isEqualTo(2);
  }

  @Test
  void opensTheWholeCitySkippingUnitsWithoutAHeadOrWithoutEmployeesToReview() {
    Period period = new Period(YEAR, 3);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("variables", variables(Map.of("year", YEAR, "quarter", 3, "seluruhUnit", true)));
    body.put("withVariablesInReturn", true);

    ResponseEntity<JsonNode> started = post("/process-definition/key/QuarterOpening/start", body);

    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    List<String> openable = jdbc.queryForList("select u.code from org_unit u where u.head_employee_id is not null "
        + "and exists (select 1 from employee e where e.unit_id = u.id and e.active = true and e.supervisor_id is not null) "
        + "order by u.code", String.class);
    int units = jdbc.queryForObject("select count(*) from org_unit", Integer.class);
    assertThat(openable).contains("DISDUKCAPIL", "SETDA", "KEC-TTKOTA").doesNotContain("SETDPRD", EMPTY_UNIT);
    JsonNode returned = started.getBody().path("variables");
    assertThat(returned.at("/kodeUnitTerpilih/value").asText()).isEqualTo(String.join(",", openable));
    assertThat(returned.at("/kodeUnitDilewati/value").asText()).contains("SETDPRD", "DINKES", EMPTY_UNIT)
        .doesNotContain("DISDUKCAPIL");
    assertThat(returned.at("/ringkasanPembukaan/value").asText())
        .startsWith(openable.size() + " unit dibuka; " + (units - openable.size()) + " unit dilewati.")
        .contains("| SETDPRD | Sekretariat DPRD belum memiliki kepala unit untuk memimpin rapat evaluasi |")
        .contains("| " + EMPTY_UNIT + " | Unit Uji Tanpa Staf tidak memiliki pegawai aktif yang memiliki atasan untuk dinilai |");

    ProcessInstance opening = instance(started.getBody().path("id").asText());
    QuarterJobs jobs = new QuarterJobs(engine, period).include(opening.getId());
    jobs.executeAll();

    assertThat(opening).isEnded().hasPassed("EndEvent_QuarterOpened");
    assertThat(cycleCount(period)).isEqualTo(openable.size());
    for (String unit : openable) {
      assertThat(cycleInstance(unit, period)).isActive();
      assertThat(reviewsOf(unit, period)).as(unit).isEqualTo(eligible(unit));
    }
    assertThat(jdbc.queryForObject("select count(*) from performance_review where review_year = ? and review_quarter = 3",
        Integer.class, YEAR)).isEqualTo(jdbc.queryForObject("select count(*) from employee e join org_unit u on "
        + "u.id = e.unit_id where e.active = true and e.supervisor_id is not null and u.head_employee_id is not null",
        Integer.class));
  }

  @Test
  void refusesOpeningTheSameUnitQuarterTwiceAndStartsNothing() {
    Period period = new Period(YEAR, 4);
    ResponseEntity<JsonNode> first = start(Map.of("year", YEAR, "quarter", 4, "unitDipilih", "KEC-RAMBUTAN"));
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    new QuarterJobs(engine, period).include(first.getBody().path("id").asText()).executeAll();
    Map<String, Long> before = snapshot();

    ResponseEntity<JsonNode> again = start(Map.of("year", YEAR, "quarter", 4, "unitDipilih", "KEC-RAMBUTAN"));
    ResponseEntity<JsonNode> withOthers = start(Map.of("year", YEAR, "quarter", 4,
        "unitDipilih", "KEC-BAJENIS,KEC-RAMBUTAN"));
    ResponseEntity<JsonNode> wholeCity = start(Map.of("year", YEAR, "quarter", 4, "seluruhUnit", true));

    String reason = "Triwulan IV 2011 untuk Kecamatan Rambutan sudah dibuka; tidak ada yang dimulai";
    for (ResponseEntity<JsonNode> refused : List.of(again, withOthers, wholeCity)) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().path("type").asText()).isEqualTo("DomainRuleViolation");
      assertThat(refused.getBody().path("message").asText()).isEqualTo(reason);
    }
    assertThat(refusal(() -> engine.getRuntimeService().startProcessInstanceByKey("UnitQuarterlyCycle",
        Variables.createVariables().putValue("kodeUnit", "KEC-RAMBUTAN").putValue("year", YEAR).putValue("quarter", 4)))
        .getMessage()).isEqualTo(reason);
    assertThat(snapshot()).isEqualTo(before);
    assertThat(cycleCount(period)).isEqualTo(1);
  }

  @Test
  void refusesAChosenUnitWithoutAHeadOrWithoutEmployeesToReview() {
    Map<String, Long> before = snapshot();

    ResponseEntity<JsonNode> noHead = start(Map.of("year", YEAR, "quarter", 4, "unitDipilih", "SETDPRD"));
    ResponseEntity<JsonNode> nobodyToReview = start(Map.of("year", YEAR, "quarter", 4,
        "unitDipilih", "DISKOMINFO," + EMPTY_UNIT));

    assertThat(noHead.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noHead.getBody().path("message").asText())
        .isEqualTo("Sekretariat DPRD belum memiliki kepala unit untuk memimpin rapat evaluasi");
    assertThat(nobodyToReview.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nobodyToReview.getBody().path("message").asText())
        .isEqualTo("Unit Uji Tanpa Staf tidak memiliki pegawai aktif yang memiliki atasan untuk dinilai");
    assertThat(refusal(() -> engine.getRuntimeService().startProcessInstanceByKey("UnitQuarterlyCycle",
        Variables.createVariables().putValue("kodeUnit", "SETDPRD").putValue("year", YEAR).putValue("quarter", 4)))
        .getMessage()).isEqualTo("Sekretariat DPRD belum memiliki kepala unit untuk memimpin rapat evaluasi");
    assertThat(snapshot()).isEqualTo(before);
  }

  private ProcessInstance instance(String id) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
        .singleResult();
    assertThat(instance).as("opening instance %s still running", id).isNotNull();
    return instance;
  }

  private ProcessInstance cycleInstance(String unit, Period period) {
    ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("UnitQuarterlyCycle")
        .processInstanceBusinessKey(unit + "-" + period.year() + "-Q" + period.quarter()).singleResult();
    assertThat(cycle).as("cycle of %s", unit).isNotNull();
    return cycle;
  }

  private int cycleCount(Period period) {
    return jdbc.queryForObject("select count(*) from unit_cycle where cycle_year = ? and cycle_quarter = ?",
        Integer.class, period.year(), period.quarter());
  }

  /** Reviews of the unit's quarter, each attached to the unit's cycle and running its own process. */
  private int reviewsOf(String unit, Period period) {
    int reviews = jdbc.queryForObject("select count(*) from performance_review r join unit_cycle c on c.id = r.cycle_id "
        + "join org_unit u on u.id = c.unit_id where u.code = ? and c.cycle_year = ? and c.cycle_quarter = ?",
        Integer.class, unit, period.year(), period.quarter());
    long running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("EmployeeQuarterlyReview")
        .processInstanceBusinessKeyLike("%-" + period.year() + "-Q" + period.quarter()).list().stream()
        .filter(review -> jdbc.queryForObject("select count(*) from employee e join org_unit u on u.id = e.unit_id "
            + "where u.code = ? and e.nip = ?", Integer.class, unit, review.getBusinessKey().substring(0, 18)) == 1)
        .count();
    assertThat(running).as("review processes of %s", unit).isEqualTo(reviews);
    return reviews;
  }

  private int eligible(String unit) {
    return jdbc.queryForObject("select count(*) from employee e join org_unit u on u.id = e.unit_id "
        + "where u.code = ? and e.active = true and e.supervisor_id is not null", Integer.class, unit);
  }

  private Map<String, Long> snapshot() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("unit_cycle", "performance_review")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    counts.put("instances", engine.getRuntimeService().createProcessInstanceQuery().count());
    counts.put("history", engine.getHistoryService().createHistoricProcessInstanceQuery().count());
    counts.put("jobs", engine.getManagementService().createJobQuery().count());
    return counts;
  }

  private ResponseEntity<JsonNode> start(Map<String, Object> values) {
    return post("/process-definition/key/QuarterOpening/start", Map.of("variables", variables(values)));
  }

  private ResponseEntity<JsonNode> post(String path, Object body) {
    return rest.withBasicAuth(BKPSDM, "demo").postForEntity("/engine-rest" + path, body, JsonNode.class);
  }

  private static Map<String, Object> variables(Map<String, ?> values) {
    Map<String, Object> dto = new LinkedHashMap<>();
    values.forEach((name, value) -> dto.put(name, Map.of("value", value)));
    return dto;
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }
}
