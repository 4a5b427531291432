package id.go.tebingtinggi.kinerja.system.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The models in {@code bpmn/} and {@code forms/} pass every rule of {@link ModelConsistencyChecker} that needs no
 * application context (the delegate rule runs in {@link ModelDelegateBeansTest}); each rule is shown to catch a
 * small broken copy in {@code src/test/resources/model-fixtures/}.
 */
class ModelConsistencyTest {

  private static final Set<String> VALID_FIXTURE_BEANS = Set.of("notifyEmployeeDelegate", "remindAssigneeDelegate",
      "recordDecisionDelegate", "publishReviewClosedDelegate", "archiveReviewDelegate");

  @Test
  void projectModelsAreConsistent() {
    assertNoProblems(new ModelConsistencyChecker(ModelSources.project()).checkModels());
  }

  @Test
  void validFixturePassesEveryRule() {
    ModelConsistencyChecker checker = checker("valid");

    assertNoProblems(checker.checkModels());
    assertNoProblems(checker.checkDelegates(VALID_FIXTURE_BEANS::contains));
  }

  @Test
  void reportsDelegateExpressionsThatNameNoBeanIncludingListeners() {
    ModelConsistencyChecker checker = checker("unknown-delegate");

    assertThat(lines(checker.checkDelegates(Set.of("someOtherDelegate")::contains))).containsExactly(
        "bpmn/FixtureUnknownDelegate.bpmn [ServiceTask_RecordDecision]: camunda:delegateExpression"
            + " \"${noSuchDelegate}\" names no Spring bean of the application",
        "bpmn/FixtureUnknownDelegate.bpmn [ServiceTask_RecordDecision, execution listener on \"end\"]:"
            + " camunda:delegateExpression \"${missingListenerDelegate}\" names no Spring bean of the application",
        "bpmn/FixtureUnknownDelegate.bpmn [UserTask_Approve, task listener on \"timeout\" TimeoutListener_Remind]:"
            + " camunda:delegateExpression \"${missingReminderDelegate}\" names no Spring bean of the application",
        "bpmn/FixtureUnknownDelegate.bpmn [UserTask_Approve, task listener on \"create\"]:"
            + " camunda:delegateExpression \"${reminders.forTask(task)}\" is not of the form ${beanName}");
    assertNoProblems(checker.checkModels());
  }

  @Test
  void acceptsDelegateExpressionsThatNameBeans() {
    Set<String> beans = Set.of("noSuchDelegate", "missingListenerDelegate", "missingReminderDelegate", "reminders");

    assertThat(lines(checker("unknown-delegate").checkDelegates(beans::contains))).containsExactly(
        "bpmn/FixtureUnknownDelegate.bpmn [UserTask_Approve, task listener on \"create\"]:"
            + " camunda:delegateExpression \"${reminders.forTask(task)}\" is not of the form ${beanName}");
  }

  @Test
  void reportsFormRefWithoutForm() {
    assertThat(lines(checker("unknown-form-ref").checkModels())).containsExactly(
        "bpmn/FixtureUnknownFormRef.bpmn [UserTask_Approve]: camunda:formRef \"no-such-form\" matches the id of no"
            + " form in forms/");
  }

  @Test
  void reportsFormFieldsNoProcessUses() {
    assertThat(lines(checker("unused-form-field").checkModels())).containsExactly(
        "forms/fixture-note.form [Field_StrayNote]: " + unused("catatanLain"),
        "forms/fixture-note.form [Field_Note01]: " + unused("catatan01"));
  }

  @Test
  void reportsFormNoDiagramReferences() {
    assertThat(lines(checker("unreferenced-form").checkModels())).containsExactly(
        "forms/fixture-orphan.form [fixture-orphan]: no camunda:formRef in bpmn/ references this form, so it is never"
            + " deployed (ModelDeployer deploys a form together with the diagrams that reference it)");
  }

  @Test
  void reportsDecisionRefWithoutDecision() {
    assertThat(lines(checker("unknown-decision").checkModels())).containsExactly(
        "bpmn/FixtureUnknownDecision.bpmn [BusinessRuleTask_DeterminePredikat]: camunda:decisionRef"
            + " \"NoSuchDecision\" is the id of no decision in bpmn/*.dmn");
  }

  @Test
  void reportsAwaitedMessageThatNothingSends() {
    assertThat(lines(checker("message-without-sender").checkModels())).containsExactly(
        "bpmn/FixtureMessageWithoutSender.bpmn [ReceiveTask_WaitForRevision]: message \"TargetsRevised\" has no"
            + " sender: no send task or message throw event with an implementation in bpmn/, and no"
            + " createMessageCorrelation, correlateMessage or startProcessInstanceByMessage call in src/main/java",
        "bpmn/FixtureMessageWithoutSender.bpmn [BoundaryEvent_Withdrawn]: messageRef \"Message_Undeclared\" is no"
            + " bpmn:message with a name in this file");
  }

  @Test
  void reportsUserTaskWithoutAssignment() {
    assertThat(lines(checker("user-task-without-assignee").checkModels())).containsExactly(
        "bpmn/FixtureUserTaskWithoutAssignee.bpmn [UserTask_Approve]: user task has no camunda:assignee,"
            + " camunda:candidateUsers or camunda:candidateGroups");
  }

  @Test
  void reportsProcessAndDecisionWithoutHistoryTimeToLiveOrVersionTag() {
    assertThat(lines(checker("missing-history-ttl-and-version-tag").checkModels())).containsExactly(
        "bpmn/FixtureMissingHistoryTimeToLive.bpmn [FixtureMissingHistoryTimeToLive]: executable process has no"
            + " camunda:historyTimeToLive",
        "bpmn/FixtureMissingDecisionHistoryTimeToLive.dmn [FixtureMissingDecisionHistoryTimeToLive]: decision has"
            + " no camunda:historyTimeToLive",
        "bpmn/FixtureMissingVersionTag.dmn [FixtureMissingVersionTag]: decision has no camunda:versionTag");
  }

  @Test
  void reportsModelsNotMadeForCamundaPlatform7_24() {
    assertThat(lines(checker("wrong-execution-platform").checkModels())).containsExactly(
        "bpmn/FixtureOldPlatform.bpmn [Definitions_FixtureOldPlatform]: modeler:executionPlatformVersion is"
            + " \"7.21.0\", expected \"7.24.0\"",
        "bpmn/FixtureNoPlatform.dmn [Definitions_FixtureNoPlatform]: modeler:executionPlatform is \"\", expected"
            + " \"Camunda Platform\"",
        "bpmn/FixtureNoPlatform.dmn [Definitions_FixtureNoPlatform]: modeler:executionPlatformVersion is \"\","
            + " expected \"7.24.0\"");
  }

  @Test
  void reportsFormsOfAnotherSchemaOrPlatformAndDuplicateIds() {
    assertThat(lines(checker("wrong-form-schema").checkModels())).containsExactly(
        "forms/fixture-cloud-note.form [fixture-cloud-note]: form id \"fixture-cloud-note\" is also the id of"
            + " forms/fixture-cloud-note-copy.form",
        "forms/fixture-cloud-note.form [fixture-cloud-note]: schemaVersion is 12, expected 16",
        "forms/fixture-cloud-note.form [fixture-cloud-note]: executionPlatform is \"Camunda Cloud\", expected"
            + " \"Camunda Platform\"");
  }

  @Test
  void reportsFileThatIsNotWellFormed() {
    List<ModelProblem> problems = checker("malformed-xml").checkModels();

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo("bpmn/FixtureMalformed.bpmn");
      assertThat(problem.element()).isEqualTo("(file)");
      assertThat(problem.message()).startsWith("is not well-formed XML: ");
    });
  }

  private static String unused(String key) {
    return "field \"" + key + "\" is not used: \"" + key + "\" occurs in no expression, condition or variable mapping"
        + " of a process that shows this form, nor as a string literal (or the prefix of a numbered row key) in"
        + " src/main/java; mark the field \"properties\": {\"displayOnly\": \"true\"} if it only shows a value";
  }

  private static ModelConsistencyChecker checker(String fixture) {
    return new ModelConsistencyChecker(ModelSources.fixture(fixture));
  }

  private static List<String> lines(List<ModelProblem> problems) {
    return problems.stream().map(ModelProblem::toString).toList();
  }

  static void assertNoProblems(List<ModelProblem> problems) {
    assertThat(problems)
        .withFailMessage(() -> problems.size() + " model problem(s):\n" + problems.stream()
            .map(p -> "  " + p).collect(Collectors.joining("\n")))
        .isEmpty();
  }
}
