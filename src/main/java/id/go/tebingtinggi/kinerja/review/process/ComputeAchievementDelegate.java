package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.HasilKerjaWeights;
import id.go.tebingtinggi.kinerja.review.Indicator;
import id.go.tebingtinggi.kinerja.review.Rating;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Categorizes each indicator's achievement with the latest KategoriCapaianIndikator table (so changed
 * thresholds apply to the next evaluation without a restart) and hands the weight shares to RatingHasilKerja.
 */
@Component
public class ComputeAchievementDelegate implements JavaDelegate {

  static final String CATEGORY_DECISION = "KategoriCapaianIndikator";

  private final ReviewService reviews;
  private final DecisionService decisions;

  ComputeAchievementDelegate(ReviewService reviews, DecisionService decisions) {
    this.reviews = reviews;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long reviewId = (Long) execution.getVariable(REVIEW_ID);
    Map<Integer, Rating> categories = new HashMap<>();
    for (Indicator indicator : reviews.get(reviewId).getIndicators()) {
      String category = decisions.evaluateDecisionTableByKey(CATEGORY_DECISION,
              Variables.createVariables().putValue("capaian", indicator.getAchievement().doubleValue()))
          .getSingleResult().getSingleEntry();
      categories.put(indicator.getPosition(), Rating.valueOf(category));
    }
    HasilKerjaWeights weights = reviews.categorize(reviewId, categories);
    execution.setVariable(ABOVE_SHARE, weights.aboveShare());
    execution.setVariable(BELOW_SHARE, weights.belowShare());
    execution.setVariable(MAIN_BELOW, weights.mainIndicatorBelow());
  }
}
