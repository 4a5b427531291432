package id.go.tebingtinggi.kinerja.meeting;

import id.go.tebingtinggi.kinerja.review.Predikat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The distribution guide (kurva) of PermenPAN-RB 6/2022: the unit's own result bounds the share of each
 * predikat among its employees. PRODUCT.md gives the bounds for Istimewa, Baik, Butuh Perbaikan and Sangat
 * Kurang; for Kurang this application uses "at most 5 % Sangat Baik and at least 60 % at Butuh Perbaikan or below",
 * between the neighbouring rows.
 */
public final class DistributionGuide {

  private DistributionGuide() {
  }

  /** What the guide says for a unit result, in words. */
  public static String describe(UnitResult result) {
    return switch (result) {
      case ISTIMEWA -> "Paling banyak 70 % Sangat Baik";
      case BAIK -> "Paling banyak 70 % Baik, dan ada pegawai Butuh Perbaikan atau Kurang";
      case BUTUH_PERBAIKAN -> "Paling sedikit 60 % Butuh Perbaikan dan paling banyak 10 % Sangat Baik";
      case KURANG -> "Paling banyak 5 % Sangat Baik dan paling sedikit 60 % Butuh Perbaikan atau lebih rendah";
      case SANGAT_KURANG -> "Tidak ada Sangat Baik";
    };
  }

  /** Every way the distribution falls outside the guide, in Bahasa Indonesia; empty when it fits. */
  public static List<String> deviations(UnitResult result, Map<Predikat, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    List<String> deviations = new ArrayList<>();
    if (total == 0) {
      return deviations;
    }
    Map<Predikat, Double> share = new EnumMap<>(Predikat.class);
    for (Predikat predikat : Predikat.values()) {
      share.put(predikat, 100.0 * counts.getOrDefault(predikat, 0L) / total);
    }
    double belowBaik = share.get(Predikat.BUTUH_PERBAIKAN) + share.get(Predikat.KURANG) + share.get(Predikat.SANGAT_KURANG);
    switch (result) {
      case ISTIMEWA -> atMost(deviations, "Sangat Baik", share.get(Predikat.SANGAT_BAIK), 70);
      case BAIK -> {
        atMost(deviations, "Baik", share.get(Predikat.BAIK), 70);
        if (counts.getOrDefault(Predikat.BUTUH_PERBAIKAN, 0L) + counts.getOrDefault(Predikat.KURANG, 0L) == 0) {
          deviations.add("Tidak ada pegawai Butuh Perbaikan atau Kurang, padahal kurva unit Baik mengharuskannya");
        }
      }
      case BUTUH_PERBAIKAN -> {
        atLeast(deviations, "Butuh Perbaikan", share.get(Predikat.BUTUH_PERBAIKAN), 60);
        atMost(deviations, "Sangat Baik", share.get(Predikat.SANGAT_BAIK), 10);
      }
      case KURANG -> {
        atMost(deviations, "Sangat Baik", share.get(Predikat.SANGAT_BAIK), 5);
        atLeast(deviations, "Butuh Perbaikan atau lebih rendah", belowBaik, 60);
      }
      case SANGAT_KURANG -> atMost(deviations, "Sangat Baik", share.get(Predikat.SANGAT_BAIK), 0);
    }
    return deviations;
  }

  private static void atMost(List<String> deviations, String what, double share, int limit) {
    if (share > limit + 1e-9) {
      deviations.add(String.format("%s %.0f %% melebihi batas %d %%", what, share, limit));
    }
  }

  private static void atLeast(List<String> deviations, String what, double share, int limit) {
    if (share < limit - 1e-9) {
      deviations.add(String.format("%s %.0f %% kurang dari batas minimal %d %%", what, share, limit));
    }
  }
}
