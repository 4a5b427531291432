package id.go.tebingtinggi.kinerja.system.migration;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.common.NotFound;
import id.go.tebingtinggi.kinerja.system.migration.MigrationReport.InstanceCheck;
import id.go.tebingtinggi.kinerja.system.migration.MigrationReport.Outcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionsBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migrates running instances from one process definition to another with Camunda's migration API.
 *
 * <p>The plan maps activities with equal ids, and the request's instructions add mappings or replace the
 * generated ones for the same source activity; {@link MigrationPlanBuilder#build()} validates it. Whether an
 * instance can follow the plan depends on where it waits, which Camunda checks only when it migrates; so the dry
 * run migrates each instance in a transaction of its own that is always rolled back, and reports per instance
 * what would fail. Delegates and listeners write the domain tables in the engine's transaction, so nothing of a
 * dry run stays. A real run on up to {@code kinerja.migration.batch-threshold} instances checks each the same
 * way and then migrates all of them in one transaction, all or none; more instances go in a Camunda batch, whose
 * jobs the job executors of every node share.
 */
@Service
public class ProcessMigrationService {

  private static final Logger log = LoggerFactory.getLogger(ProcessMigrationService.class);

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TransactionTemplate rolledBackTransaction;
  private final int batchThreshold;

  ProcessMigrationService(RepositoryService repositoryService, RuntimeService runtimeService,
                          PlatformTransactionManager transactionManager,
                          @Value("${kinerja.migration.batch-threshold:50}") int batchThreshold) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.rolledBackTransaction = new TransactionTemplate(transactionManager);
    this.rolledBackTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.batchThreshold = batchThreshold;
  }

  public MigrationReport migrate(MigrationRequest request) {
    ProcessDefinition source = definition("sumber", "source", request.sourceProcessDefinitionId(),
        request.processDefinitionKey(), request.sourceVersion(), false);
    ProcessDefinition target = definition("target", "target", request.targetProcessDefinitionId(),
        request.processDefinitionKey(), request.targetVersion(), true);
    if (source.getId().equals(target.getId())) {
      throw new DomainRuleViolation("Definisi sumber dan target sama (" + source.getId()
          + "): pilih versi lain sebagai target");
    }
    checkInstructions(request.explicitInstructions());
    Report report = new Report(request.isDryRun(), source, target);

    List<Selected> selected = selectInstances(request, source);
    report.instanceCount = selected.size();
    PlannedMigration planned = plan(source, target, request);
    report.instructions = planned.instructions();
    report.planFailures = planned.failures();

    if (planned.plan() == null) {
      return report.finish(report.dryRun ? Outcome.DRY_RUN_FAILED : Outcome.REFUSED,
          "Rencana migrasi tidak valid (lihat planFailures). Tidak ada instans yang diubah.");
    }
    if (selected.isEmpty()) {
      return report.finish(Outcome.NOTHING_TO_MIGRATE,
          "Tidak ada instans yang berjalan pada versi " + source.getVersion() + "; rencana migrasi valid.");
    }
    boolean inBatch = request.batch() != null ? request.batch() : selected.size() > batchThreshold;
    if (!report.dryRun && inBatch) {
      return startBatch(report, planned.plan(), selected);
    }

    report.instances = selected.stream().map(instance -> check(planned.plan(), instance)).toList();
    long failing = report.instances.stream().filter(check -> !check.migratable()).count();
    if (report.dryRun) {
      return failing == 0
          ? report.finish(Outcome.DRY_RUN_PASSED, "Uji coba berhasil: " + selected.size() + " instans dapat "
              + "dimigrasikan ke versi " + target.getVersion() + ". Tidak ada yang diubah.")
          : report.finish(Outcome.DRY_RUN_FAILED, "Uji coba: " + failing + " dari " + selected.size()
              + " instans tidak dapat dimigrasikan (lihat failures tiap instans). Tidak ada yang diubah.");
    }
    if (failing > 0) {
      return report.finish(Outcome.REFUSED, "Migrasi dibatalkan: " + failing + " dari " + selected.size()
          + " instans tidak dapat dimigrasikan (lihat failures tiap instans). Tidak ada instans yang diubah.");
    }
    return execute(report, planned.plan(), selected);
  }

  private MigrationReport execute(Report report, MigrationPlan plan, List<Selected> selected) {
    try {
      runtimeService.newMigration(plan).processInstanceIds(ids(selected)).execute();
    } catch (MigratingProcessInstanceValidationException e) {
      // the instance moved on between its check and the migration
      MigratingProcessInstanceValidationReport failed = e.getValidationReport();
      report.instances = report.instances.stream()
          .map(check -> check.processInstanceId().equals(failed.getProcessInstanceId())
              ? new InstanceCheck(check.processInstanceId(), check.businessKey(), check.activityIds(), false,
                  failures(failed))
              : check)
          .toList();
      return report.finish(Outcome.REFUSED, "Migrasi dibatalkan: instans " + failed.getProcessInstanceId()
          + " tidak dapat dimigrasikan. Tidak ada instans yang diubah.");
    }
    log.info("Migrated {} instance(s) from {} to {}", selected.size(), report.source.getId(),
        report.target.getId());
    return report.finish(Outcome.MIGRATED, selected.size() + " instans dimigrasikan ke versi "
        + report.target.getVersion() + ".");
  }

  private MigrationReport startBatch(Report report, MigrationPlan plan, List<Selected> selected) {
    List<InstanceCheck> missing = selected.stream().filter(instance -> !instance.running())
        .map(ProcessMigrationService::notRunning).toList();
    if (!missing.isEmpty()) {
      report.instances = missing;
      return report.finish(Outcome.REFUSED, missing.size() + " instans tidak ditemukan atau sudah selesai. "
          + "Tidak ada instans yang diubah.");
    }
    Batch batch = runtimeService.newMigration(plan).processInstanceIds(ids(selected)).executeAsync();
    report.batchId = batch.getId();
    log.info("Started batch {} to migrate {} instance(s) from {} to {}", batch.getId(), selected.size(),
        report.source.getId(), report.target.getId());
    return report.finish(Outcome.BATCH_STARTED, "Migrasi " + selected.size() + " instans berjalan sebagai batch "
        + batch.getId() + "; pantau kemajuan dan kegagalannya di Cockpit, menu Batches.");
  }

  /** Migrates one instance in a transaction that is rolled back whatever happens. */
  private InstanceCheck check(MigrationPlan plan, Selected instance) {
    if (!instance.running()) {
      return notRunning(instance);
    }
    String processInstanceId = instance.id();
    List<String> activityIds;
    try {
      activityIds = runtimeService.getActiveActivityIds(processInstanceId);
    } catch (ProcessEngineException endedSinceSelected) {
      return notRunning(instance);
    }
    List<String> failures = rolledBackTransaction.execute(status -> {
      status.setRollbackOnly();
      try {
        runtimeService.newMigration(plan).processInstanceIds(processInstanceId).execute();
        return List.of();
      } catch (MigratingProcessInstanceValidationException e) {
        return failures(e.getValidationReport());
      } catch (ProcessEngineException e) {
        return List.of(e.getMessage());
      }
    });
    return new InstanceCheck(processInstanceId, instance.businessKey(), activityIds, failures.isEmpty(), failures);
  }

  private static InstanceCheck notRunning(Selected instance) {
    return new InstanceCheck(instance.id(), null, List.of(), false,
        List.of("Instans proses tidak ditemukan atau sudah selesai"));
  }

  /** The instances asked for, in the order asked, or every running instance of the source. */
  private List<Selected> selectInstances(MigrationRequest request, ProcessDefinition source) {
    if (request.processInstanceIds() == null || request.processInstanceIds().isEmpty()) {
      return runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId()).list().stream()
          .map(instance -> new Selected(instance.getId(), instance.getBusinessKey(), true))
          .toList();
    }
    if (request.processInstanceIds().stream().anyMatch(ProcessMigrationService::isBlank)) {
      throw new DomainRuleViolation("processInstanceIds berisi id kosong");
    }
    Map<String, ProcessInstance> running = new LinkedHashMap<>();
    runtimeService.createProcessInstanceQuery().processInstanceIds(new HashSet<>(request.processInstanceIds()))
        .list().forEach(instance -> running.put(instance.getId(), instance));
    return request.processInstanceIds().stream().distinct()
        .map(id -> running.containsKey(id)
            ? new Selected(id, running.get(id).getBusinessKey(), true)
            : new Selected(id, null, false))
        .toList();
  }

  private static List<String> ids(List<Selected> selected) {
    return selected.stream().map(Selected::id).toList();
  }

  private PlannedMigration plan(ProcessDefinition source, ProcessDefinition target, MigrationRequest request) {
    List<MigrationRequest.Instruction> explicit = request.explicitInstructions();
    Set<String> overridden = new HashSet<>();
    explicit.forEach(instruction -> overridden.add(instruction.sourceActivityId()));
    try {
      MigrationInstructionsBuilder equal = runtimeService.createMigrationPlan(source.getId(), target.getId())
          .mapEqualActivities();
      if (request.updateEventTriggers()) {
        equal = equal.updateEventTriggers();
      }
      MigrationPlanBuilder builder = runtimeService.createMigrationPlan(source.getId(), target.getId());
      for (MigrationInstruction generated : equal.build().getInstructions()) {
        if (!overridden.contains(generated.getSourceActivityId())) {
          builder = map(builder, generated.getSourceActivityId(), generated.getTargetActivityId(),
              generated.isUpdateEventTrigger());
        }
      }
      for (MigrationRequest.Instruction instruction : explicit) {
        builder = map(builder, instruction.sourceActivityId(), instruction.targetActivityId(),
            instruction.updateEventTrigger());
      }
      MigrationPlan plan = builder.build();
      return new PlannedMigration(plan, instructionsOf(plan), List.of());
    } catch (MigrationPlanValidationException e) {
      List<String> failures = new ArrayList<>();
      for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
        MigrationInstruction instruction = report.getMigrationInstruction();
        report.getFailures().forEach(failure -> failures.add(instruction.getSourceActivityId() + " -> "
            + instruction.getTargetActivityId() + ": " + failure));
      }
      if (failures.isEmpty()) {
        failures.add(e.getMessage());
      }
      return new PlannedMigration(null, instructionsOf(e.getValidationReport().getMigrationPlan()), failures);
    }
  }

  private static MigrationPlanBuilder map(MigrationPlanBuilder builder, String sourceActivityId,
                                          String targetActivityId, boolean updateEventTrigger) {
    MigrationInstructionBuilder instruction = builder.mapActivities(sourceActivityId, targetActivityId);
    return updateEventTrigger ? instruction.updateEventTrigger() : instruction;
  }

  private static List<MigrationRequest.Instruction> instructionsOf(MigrationPlan plan) {
    return plan.getInstructions().stream()
        .map(instruction -> new MigrationRequest.Instruction(instruction.getSourceActivityId(),
            instruction.getTargetActivityId(), instruction.isUpdateEventTrigger()))
        .toList();
  }

  private static List<String> failures(MigratingProcessInstanceValidationReport report) {
    List<String> failures = new ArrayList<>(report.getFailures());
    report.getActivityInstanceReports().forEach(activity -> activity.getFailures()
        .forEach(failure -> failures.add(activity.getSourceScopeId() + ": " + failure)));
    report.getTransitionInstanceReports().forEach(transition -> transition.getFailures()
        .forEach(failure -> failures.add(transition.getSourceScopeId() + " (job asinkron): " + failure)));
    return failures;
  }

  private static void checkInstructions(List<MigrationRequest.Instruction> instructions) {
    for (MigrationRequest.Instruction instruction : instructions) {
      if (isBlank(instruction.sourceActivityId()) || isBlank(instruction.targetActivityId())) {
        throw new DomainRuleViolation("Setiap instruksi migrasi perlu sourceActivityId dan targetActivityId");
      }
    }
  }

  /** A definition by id, or by key and version; without a version, the latest if {@code latestIfOpen}. */
  private ProcessDefinition definition(String role, String field, String id, String key, Integer version,
                                       boolean latestIfOpen) {
    if (!isBlank(id)) {
      ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionId(id)
          .singleResult();
      if (definition == null) {
        throw new NotFound("Definisi proses " + role + " '" + id + "' tidak ditemukan");
      }
      return definition;
    }
    if (isBlank(key) || (version == null && !latestIfOpen)) {
      throw new DomainRuleViolation("Sebutkan definisi " + role + ": " + field + "ProcessDefinitionId, atau "
          + "processDefinitionKey dengan " + field + "Version");
    }
    if (version != null && version < 1) {
      throw new DomainRuleViolation("Versi " + role + " " + version + " tidak valid: versi definisi proses dimulai dari 1");
    }
    var query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key);
    ProcessDefinition definition = version == null
        ? query.latestVersion().singleResult()
        : query.processDefinitionVersion(version).singleResult();
    if (definition == null) {
      throw new NotFound("Definisi proses " + role + " '" + key + "'"
          + (version == null ? "" : " versi " + version) + " tidak ditemukan");
    }
    return definition;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private record Selected(String id, String businessKey, boolean running) {
  }

  private record PlannedMigration(MigrationPlan plan, List<MigrationRequest.Instruction> instructions,
                                  List<String> failures) {
  }

  /** The report while it is being filled in. */
  private static final class Report {
    final boolean dryRun;
    final ProcessDefinition source;
    final ProcessDefinition target;
    List<MigrationRequest.Instruction> instructions = List.of();
    List<String> planFailures = List.of();
    int instanceCount;
    List<InstanceCheck> instances = List.of();
    String batchId;

    Report(boolean dryRun, ProcessDefinition source, ProcessDefinition target) {
      this.dryRun = dryRun;
      this.source = source;
      this.target = target;
    }

    MigrationReport finish(Outcome outcome, String message) {
      return new MigrationReport(outcome, dryRun, source.getId(), source.getVersion(), target.getId(),
          target.getVersion(), instructions, planFailures, instanceCount, instances, batchId, message);
    }
  }
}
