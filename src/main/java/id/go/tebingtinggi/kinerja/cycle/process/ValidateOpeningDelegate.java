package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.cycle.process.CycleVariables.*;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.cycle.CycleService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a request to open a quarter before anything starts: known units, none already open, each with a head and
 * employees to review. The units come from the start form's checklist (a JSON list), from an API client (a list or
 * comma-separated codes), or all: then the units that cannot hold a quarter are skipped and listed with the reason.
 */
@Component
public class ValidateOpeningDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ValidateOpeningDelegate.class);

  private final CycleService cycles;

  ValidateOpeningDelegate(CycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!(execution.getVariable(YEAR) instanceof Number year) || !(execution.getVariable(QUARTER) instanceof Number quarter)) {
      throw new DomainRuleViolation("Tahun dan triwulan wajib diisi dengan angka");
    }
    List<String> units;
    Map<String, String> skipped = Map.of();
    if (Boolean.TRUE.equals(execution.getVariable(ALL_UNITS))) {
      CycleService.CityOpening city = cycles.planCityOpening(year.intValue(), quarter.intValue());
      units = city.unitCodes();
      skipped = city.skipped();
    } else {
      units = unitCodes(execution.getVariable(UNIT_CODES));
      cycles.checkCanOpen(units, year.intValue(), quarter.intValue());
    }
    execution.setVariable(SELECTED_UNITS, String.join(",", units));
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
