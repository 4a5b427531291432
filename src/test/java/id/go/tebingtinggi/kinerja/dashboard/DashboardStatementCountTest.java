package id.go.tebingtinggi.kinerja.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.dashboard.benchmark.CityHistory;
import id.go.tebingtinggi.kinerja.dashboard.benchmark.StatementCounter;
import id.go.tebingtinggi.kinerja.dashboard.benchmark.StatementCounter.Counted;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No N+1 queries: the dashboard sends as many SQL statements for one review as for many. Both scopes are written by
 * the benchmark's generator (docs/dashboard-benchmark.md) at small scale and counted with its statement counter.
 * This class's own years: 2070–2072 (2070-Q1 to 2071-Q4 many reviews, 2072-Q1 one review; a
 * period must lie in 2000–2100, so the 2100–2199 range of the shared rules is not available).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardStatementCountTest {

  static final String ONE = "nplus1-one";
  static final String MANY = "nplus1-many";
  static final Period ONE_REVIEW = new Period(2072, 1);
  static final Period MANY_REVIEWS = new Period(2071, 4);
  static final String ONE_UNIT = "DINSOS";
  static final List<String> MANY_UNITS = List.of("DLH", "DISHUB", "DPUPR");

  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired DashboardService dashboard;

  @BeforeAll
  void oneReviewAndSixtyReviewsInEachOfEightQuarters() {
    CityHistory.fill(jdbc, new CityHistory.Plan(ONE, Map.of(ONE_UNIT, 1), ONE_REVIEW, 1, 0, false, 1941,
        Instant.now(), 1));
    Map<String, Integer> sizes = new LinkedHashMap<>();
    MANY_UNITS.forEach(unit -> sizes.put(unit, 20));
    CityHistory.fill(jdbc, new CityHistory.Plan(MANY, sizes, MANY_REVIEWS, 8, 3, false, 1942, Instant.now(), 2));
  }

  @AfterAll
  void removeThem() {
    CityHistory.remove(jdbc, ONE);
    CityHistory.remove(jdbc, MANY);
  }

  @Test
  void cityViewTakesAsManyStatementsForSixtyReviewsAsForOne() {
    try (StatementCounter counter = StatementCounter.install(context)) {
      Counted<DashboardView> one = counter.count(() -> dashboard.dashboard(Scope.city(), ONE_REVIEW));
      Counted<DashboardView> many = counter.count(() -> dashboard.dashboard(Scope.city(), MANY_REVIEWS));

      assertThat(one.value().total().reviews()).isEqualTo(1);
      assertThat(many.value().total().reviews()).isEqualTo(60);
      assertThat(many.value().units()).hasSize(3);
      assertThat(many.value().overdue()).isNotEmpty();
      assertThat(one.statements()).isPositive();
      assertThat(many.statements()).as("statements for 60 reviews in 3 units vs. 1 review")
          .isEqualTo(one.statements());
    }
  }

  @Test
  void unitScopeTakesAsManyStatementsForThreeUnitsAsForOne() {
    Scope oneUnit = new Scope(Scope.Kind.UNIT, ONE_UNIT, Set.of(unitId(ONE_UNIT)), Set.of());
    Scope threeUnits = new Scope(Scope.Kind.UNIT, "three", Set.copyOf(MANY_UNITS.stream().map(this::unitId).toList()),
        Set.of());
    try (StatementCounter counter = StatementCounter.install(context)) {
      Counted<DashboardView> one = counter.count(() -> dashboard.dashboard(oneUnit, ONE_REVIEW));
      Counted<DashboardView> many = counter.count(() -> dashboard.dashboard(threeUnits, MANY_REVIEWS));

      assertThat(many.value().total().reviews()).isEqualTo(60);
      assertThat(many.statements()).isEqualTo(one.statements());
    }
  }

  @Test
  void unitDrillDownTakesAsManyStatementsForTwentyReviewsAsForOne() {
    try (StatementCounter counter = StatementCounter.install(context)) {
      Counted<List<DashboardService.EmployeeRow>> one =
          counter.count(() -> dashboard.unitEmployees(Scope.city(), ONE_UNIT, ONE_REVIEW));
      Counted<List<DashboardService.EmployeeRow>> many =
          counter.count(() -> dashboard.unitEmployees(Scope.city(), MANY_UNITS.get(1), MANY_REVIEWS));

      assertThat(one.value().stream().filter(row -> row.status() != null)).hasSize(1);
      assertThat(many.value().stream().filter(row -> row.status() != null)).hasSize(20);
      assertThat(many.statements()).as("statements for a unit of 20 reviews vs. 1 review")
          .isEqualTo(one.statements());
    }
  }

  @Test
  void employeeHistoryTakesAsManyStatementsForEightQuartersAsForOne() {
    String oneQuarter = nipOf(ONE + ".1");
    String eightQuarters = nipOf(MANY + ".30");
    try (StatementCounter counter = StatementCounter.install(context)) {
      Counted<EmployeeHistory> one = counter.count(() -> dashboard.employeeHistory(Scope.city(), oneQuarter));
      Counted<EmployeeHistory> many = counter.count(() -> dashboard.employeeHistory(Scope.city(), eightQuarters));

      assertThat(one.value().quarters()).hasSize(1);
      assertThat(many.value().quarters()).hasSize(8);
      assertThat(many.value().quarters()).allSatisfy(quarter -> assertThat(quarter.indicators()).hasSize(3));
      assertThat(many.statements()).as("statements for 8 quarters vs. 1").isEqualTo(one.statements());
    }
  }

  private Long unitId(String code) {
    return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
  }

  private String nipOf(String login) {
    return jdbc.queryForObject("select nip from employee where login_id = ?", String.class, login);
  }
}
