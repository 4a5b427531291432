package id.go.tebingtinggi.kinerja.common;

import java.util.List;

/**
 * A request the domain refuses: bad input or an illegal state transition. The message is for people and is
 * written in Bahasa Indonesia; {@link #reasons()} lists every reason when there are several.
 */
public class DomainRuleViolation extends RuntimeException {

  private final List<String> reasons;

  public DomainRuleViolation(String reason) {
    this(List.of(reason));
  }

  public DomainRuleViolation(List<String> reasons) {
    super(String.join("; ", reasons));
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a violation needs at least one reason");
    }
    this.reasons = List.copyOf(reasons);
  }

  public List<String> reasons() {
    return reasons;
  }
}
