package id.go.tebingtinggi.kinerja.dashboard;

import java.math.BigDecimal;
import java.util.List;

/** One employee's record over the quarters, as the drill-down shows it. */
public record EmployeeHistory(String nip, String name, String position, String unitName, List<Quarter> quarters) {

  public record Quarter(int year, int quarter, String status, String ratingHasilKerja, String ratingPerilakuKerja,
                        String predikat, String recommended, String decided, String feedback, String objection,
                        String objectionDecision, List<IndicatorLine> indicators, String processInstanceId) {
  }

  public record IndicatorLine(int position, String description, BigDecimal target, String unitOfMeasure,
                              BigDecimal realisation, BigDecimal achievement, String category) {
  }
}
