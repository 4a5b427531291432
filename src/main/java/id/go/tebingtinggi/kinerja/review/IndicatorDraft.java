package id.go.tebingtinggi.kinerja.review;

import java.math.BigDecimal;

/** One indicator as the employee proposes it (position 1..20). */
public record IndicatorDraft(int position, String rhk, String description, Aspect aspect, BigDecimal target,
                             String unitOfMeasure, int weight, IndicatorKind kind) {
}
