package id.go.tebingtinggi.kinerja.organisation;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import java.util.Locale;

/** Kind of position (jenis jabatan). */
public enum PositionKind {
  STRUKTURAL, FUNGSIONAL, PELAKSANA;

  public static PositionKind parse(String text) {
    if (text != null) {
      for (PositionKind kind : values()) {
        if (kind.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
          return kind;
        }
      }
    }
    throw new DomainRuleViolation(
        "jenis jabatan '" + text + "' tidak dikenal (pilihan: struktural, fungsional, pelaksana)");
  }
}
