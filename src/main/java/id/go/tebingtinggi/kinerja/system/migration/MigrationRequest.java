package id.go.tebingtinggi.kinerja.system.migration;

import java.util.List;

/**
 * What an administrator asks to migrate. The source is a process definition id, or a key with its version; the
 * target likewise, or the latest version of the key. Activities with equal ids are mapped; {@code instructions}
 * add or override mappings (a renamed task, a task moved into a subprocess). Without {@code processInstanceIds}
 * every running instance of the source is migrated.
 *
 * <p>{@code dryRun} is true unless the request sets it to false: a request missing the field must not change
 * running reviews. {@code batch} forces (true) or forbids (false) a batch; absent, many instances go in a batch.
 */
public record MigrationRequest(String sourceProcessDefinitionId, String targetProcessDefinitionId,
                               String processDefinitionKey, Integer sourceVersion, Integer targetVersion,
                               List<Instruction> instructions, boolean updateEventTriggers,
                               List<String> processInstanceIds, Boolean dryRun, Boolean batch) {

  /** Maps an activity of the source to one of the target. */
  public record Instruction(String sourceActivityId, String targetActivityId, boolean updateEventTrigger) {
  }

  boolean isDryRun() {
    return dryRun == null || dryRun;
  }

  List<Instruction> explicitInstructions() {
    return instructions == null ? List.of() : instructions;
  }
}
