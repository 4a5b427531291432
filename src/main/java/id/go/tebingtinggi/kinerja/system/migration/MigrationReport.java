package id.go.tebingtinggi.kinerja.system.migration;

import java.util.List;

/**
 * The answer to a migration request: the plan as the engine validated it, what each instance would do (dry run)
 * or did, and a sentence for the administrator in {@code pesan}.
 */
public record MigrationReport(Outcome outcome, boolean dryRun,
                              String sourceProcessDefinitionId, int sourceVersion,
                              String targetProcessDefinitionId, int targetVersion,
                              List<MigrationRequest.Instruction> instructions, List<String> planFailures,
                              int instanceCount, List<InstanceCheck> instances, String batchId, String pesan) {

  public enum Outcome {
    /** Dry run: the plan is valid and every instance would migrate. Nothing was changed. */
    DRY_RUN_PASSED,
    /** Dry run: the plan is invalid or at least one instance would fail. Nothing was changed. */
    DRY_RUN_FAILED,
    /** Every instance now runs on the target. */
    MIGRATED,
    /** A batch migrates the instances in the background; Cockpit shows its progress and failed jobs. */
    BATCH_STARTED,
    /** The plan is invalid or an instance would fail, so nothing was migrated. */
    REFUSED,
    /** No instance of the source is running. */
    NOTHING_TO_MIGRATE
  }

  /** One instance: where it waits and why it cannot migrate, if it cannot. */
  public record InstanceCheck(String processInstanceId, String businessKey, List<String> activityIds,
                              boolean migratable, List<String> failures) {
  }
}
