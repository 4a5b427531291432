package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.cycle.process.CycleVariables.*;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.cycle.CycleService;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.review.process.FormInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a request to open a quarter before anything starts: known units, none already open, none that an earlier
 * request is still opening (its units' cycles start in jobs of their own), each with a head and employees to review.
 * The units come from the start form's checklist (a JSON list), from an API client (a list or comma-separated
 * codes), or all: then the units that cannot hold a quarter are skipped and listed with the reason.
 */
@Component
public class ValidateOpeningDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ValidateOpeningDelegate.class);

  private final CycleService cycles;
  private final RuntimeService runtimeService;

  ValidateOpeningDelegate(CycleService cycles, RuntimeService runtimeService) {
    this.cycles = cycles;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput input = new FormInput(execution);
    Integer year = input.wholeNumber(YEAR, "Tahun");
    Integer quarter = input.wholeNumber(QUARTER, "Triwulan");
    input.refuseIfProblems();
    List<String> units;
    Map<String, String> skipped = Map.of();
    if (Boolean.TRUE.equals(execution.getVariable(ALL_UNITS))) {
      CycleService.CityOpening city = cycles.planCityOpening(year, quarter);
      units = city.unitCodes();
      skipped = city.skipped();
    } else {
      units = unitCodes(execution.getVariable(UNIT_CODES));
      cycles.checkCanOpen(units, year, quarter);
    }
    refuseOpeningsUnderWay(units, year, quarter);
    execution.setVariable(SELECTED_UNITS, String.join(",", units));
    execution.setVariable(OPENING_PERIOD, year + "-Q" + quarter);
    execution.setVariable(SKIPPED_UNITS, String.join(",", skipped.keySet()));
    execution.setVariable(SKIPPED_SUMMARY, skippedSummary(units.size(), skipped));
    if (!skipped.isEmpty()) {
      LOG.info("Opening {}-Q{} for {} units, skipping {}: {}", year, quarter, units.size(), skipped.size(), skipped);
    }
  }

  /** What BKPSDM reads in Cockpit (and in the REST start response): how many units open, which were skipped, why. */
  private static String skippedSummary(int opened, Map<String, String> skipped) {
    StringBuilder md = new StringBuilder().append(opened).append(" unit dibuka; ").append(skipped.size())
        .append(" unit dilewati.");
    if (!skipped.isEmpty()) {
      md.append("\n\n| Unit | Alasan dilewati |\n|---|---|\n");
      skipped.forEach((code, reason) -> md.append("| ").append(code).append(" | ").append(reason.replace("|", "/"))
          .append(" |\n"));
    }
    return md.toString();
  }

  private void refuseOpeningsUnderWay(List<String> units, int year, int quarter) {
    List<String> underWay = new ArrayList<>();
    for (ProcessInstance earlier : runtimeService.createProcessInstanceQuery().processDefinitionKey(OPENING_PROCESS_KEY)
        .variableValueEquals(OPENING_PERIOD, year + "-Q" + quarter).list()) {
      if (runtimeService.getVariable(earlier.getId(), SELECTED_UNITS) instanceof String codes) {
        for (String code : codes.split(",")) {
          if (units.contains(code) && !underWay.contains(code)) {
            underWay.add(code);
          }
        }
      }
    }
    if (!underWay.isEmpty()) {
      throw new DomainRuleViolation("Pembukaan " + new Period(year, quarter).label() + " untuk " + String.join(", ",
          underWay) + " sedang diproses oleh permintaan sebelumnya; tidak ada yang dimulai");
    }
  }

  private static List<String> unitCodes(Object value) {
    List<String> codes = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(element -> codes.add(element.stringValue()));
    } else if (value instanceof Collection<?> list) {
      list.forEach(code -> codes.add(String.valueOf(code)));
    } else if (value instanceof String text && !text.isBlank()) {
      for (String code : text.split(",")) {
        codes.add(code.strip());
      }
    }
    return codes.stream().filter(code -> !code.isBlank()).distinct().toList();
  }
}
