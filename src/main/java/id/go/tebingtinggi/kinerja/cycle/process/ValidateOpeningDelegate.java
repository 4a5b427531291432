package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.cycle.process.CycleVariables.*;

import id.go.tebingtinggi.kinerja.cycle.CycleService;
import id.go.tebingtinggi.kinerja.review.process.FormInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Checks a request to open a quarter before anything starts: known units, none already open. The units come
 * from the start form's checklist (a JSON list), from an API client (a list or comma-separated codes), or all.
 */
@Component
public class ValidateOpeningDelegate implements JavaDelegate {

  private final CycleService cycles;

  ValidateOpeningDelegate(CycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput input = new FormInput(execution);
    Integer year = input.wholeNumber(YEAR, "Tahun");
    Integer quarter = input.wholeNumber(QUARTER, "Triwulan");
    input.refuseIfProblems();
    List<String> units = Boolean.TRUE.equals(execution.getVariable(ALL_UNITS))
        ? cycles.allUnitCodes()
        : unitCodes(execution.getVariable(UNIT_CODES));
    cycles.checkCanOpen(units, year, quarter);
    execution.setVariable(SELECTED_UNITS, String.join(",", units));
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
