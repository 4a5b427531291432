package id.go.tebingtinggi.kinerja.review;

import java.math.BigDecimal;

/** The employee's realisation of one indicator with its evidence (bukti dukung). */
public record RealisationInput(int position, BigDecimal realisation, String evidence) {
}
