package id.go.tebingtinggi.kinerja.review.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * One decision table from {@code bpmn/}, read from the file an administrator edits (not from a copy on the
 * classpath) and evaluated by the standalone DMN engine with its default FEEL configuration, as in Camunda 7.24.
 * It reports which rules decided, not only the output, so a test fails when the right answer comes from the
 * wrong row.
 */
final class DecisionTableUnderTest {

  private final DmnEngine engine;
  private final DmnDecision decision;
  private final LastEvaluation lastEvaluation;

  private DecisionTableUnderTest(DmnEngine engine, DmnDecision decision, LastEvaluation lastEvaluation) {
    this.engine = engine;
    this.decision = decision;
    this.lastEvaluation = lastEvaluation;
  }

  /** Parses {@code bpmn/<decisionKey>.dmn}; fails unless the file holds a decision with that key. */
  static DecisionTableUnderTest load(String decisionKey) {
    LastEvaluation lastEvaluation = new LastEvaluation();
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(lastEvaluation::record));
    DmnEngine engine = configuration.buildEngine();
    try (InputStream file = Files.newInputStream(Path.of("bpmn", decisionKey + ".dmn"))) {
      return new DecisionTableUnderTest(engine, engine.parseDecision(decisionKey, file), lastEvaluation);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Outcome evaluate(VariableMap variables) {
    lastEvaluation.event = null;
    List<Object> outputs = engine.evaluateDecisionTable(decision, variables).stream()
        .<Object>map(DmnDecisionRuleResult::getSingleEntry)
        .toList();
    List<String> matchedRules = lastEvaluation.event.getMatchingRules().stream()
        .map(DmnEvaluatedDecisionRule::getId)
        .toList();
    return new Outcome(matchedRules, outputs);
  }

  List<String> ruleIds() {
    return ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().stream()
        .map(DmnDecisionTableRuleImpl::getId)
        .toList();
  }

  /** The rules that decided, after the hit policy, and the single output of each. */
  record Outcome(List<String> matchedRules, List<Object> outputs) {

    static final Outcome NONE = new Outcome(List.of(), List.of());

    static Outcome decided(String ruleId, Object output) {
      return new Outcome(List.of(ruleId), List.of(output));
    }
  }

  private static final class LastEvaluation {

    private DmnDecisionTableEvaluationEvent event;

    void record(DmnDecisionTableEvaluationEvent event) {
      this.event = event;
    }
  }
}
