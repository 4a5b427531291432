package id.go.tebingtinggi.kinerja.organisation.roster;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import java.util.List;

/** A roster file refused as a whole because of the listed problems; nothing of it was applied. */
public class RosterRejected extends DomainRuleViolation {

  private final List<RosterProblem> problems;

  public RosterRejected(List<RosterProblem> problems) {
    super(problems.stream().map(RosterProblem::toString).toList());
    this.problems = List.copyOf(problems);
  }

  public List<RosterProblem> problems() {
    return problems;
  }
}
