package id.go.tebingtinggi.kinerja.review;

/** The steps of a review that people do, each with a due date from the quarter calendar. */
public enum ReviewStep {
  PROPOSE_TARGETS(false),
  REVIEW_TARGETS(true),
  SELF_ASSESS(false),
  REVIEW_PERFORMANCE(true),
  RESPOND_TO_RESULT(false),
  DECIDE_OBJECTION(true);

  private final boolean bySupervisor;

  ReviewStep(boolean bySupervisor) {
    this.bySupervisor = bySupervisor;
  }

  /** Whether the step is the atasan's (a late one escalates to the kepala dinas) or the employee's. */
  public boolean bySupervisor() {
    return bySupervisor;
  }
}
