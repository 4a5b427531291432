package id.go.tebingtinggi.kinerja.dashboard;

import id.go.tebingtinggi.kinerja.review.Indicator;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import java.math.BigDecimal;
import java.util.List;

/** One employee's record over the quarters, as the drill-down shows it. */
public record EmployeeHistory(String nip, String name, String position, String unitName, List<Quarter> quarters) {

  public record Quarter(int year, int quarter, String status, String ratingHasilKerja, String ratingPerilakuKerja,
                        String predikat, String recommended, String decided, String feedback, String objection,
                        String objectionDecision, List<IndicatorLine> indicators, String processInstanceId) {

    static Quarter of(PerformanceReview r) {
      return new Quarter(r.getYear(), r.getQuarter(), r.getStatus().label(),
          r.getRatingHasilKerja() == null ? null : r.getRatingHasilKerja().label(),
          r.getRatingPerilakuKerja() == null ? null : r.getRatingPerilakuKerja().label(),
          r.getPredikat() == null ? null : r.getPredikat().label(),
          r.getRecommendedFollowUp() == null ? null : r.getRecommendedFollowUp().label(),
          r.getDecidedFollowUp() == null ? null : r.getDecidedFollowUp().label(),
          r.getFeedback(),
          r.getObjection().map(o -> o.getReason()).orElse(null),
          r.getObjection().map(o -> o.getDecision() == null ? "Belum diputus" : o.getDecision().name()).orElse(null),
          r.getIndicators().stream().map(IndicatorLine::of).toList(),
          r.getProcessInstanceId());
    }
  }

  public record IndicatorLine(int position, String description, BigDecimal target, String unitOfMeasure,
                              BigDecimal realisation, BigDecimal achievement, String category) {

    static IndicatorLine of(Indicator i) {
      return new IndicatorLine(i.getPosition(), i.getDescription(), i.getTarget(), i.getUnitOfMeasure(),
          i.getRealisation(), i.getAchievement(), i.getCategory() == null ? null : i.getCategory().label());
    }
  }
}
