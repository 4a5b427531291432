package id.go.tebingtinggi.kinerja.review.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Changes an administrator might make to EmployeeQuarterlyReview in Camunda Modeler, applied to a copy of the
 * deployed diagram, so the tests keep following the real diagram as it evolves.
 */
final class ReviewDiagramChanges {

  static final String SELF_ASSESS = "UserTask_SelfAssess";
  static final String VERIFY_EVIDENCE = "UserTask_VerifyEvidence";
  static final String VERIFY_EVIDENCE_NAME = "Periksa bukti dukung";
  private static final String SELF_ASSESSED_FLOW = "Flow_SelfAssessed";
  private static final String TARGETS_APPROVED_FLOW = "Flow_TargetsApproved";

  private ReviewDiagramChanges() {
  }

  /** A new step after the self-assessment: the atasan checks the evidence before the achievement is computed. */
  static void addEvidenceCheckAfterSelfAssessment(BpmnModelInstance model) {
    Process process = process(model, "1.1.0");
    SequenceFlow selfAssessed = model.getModelElementById(SELF_ASSESSED_FLOW);
    assertThat(selfAssessed).as(SELF_ASSESSED_FLOW).isNotNull();
    FlowNode next = selfAssessed.getTarget();

    UserTask check = model.newInstance(UserTask.class);
    check.setId(VERIFY_EVIDENCE);
    check.setName(VERIFY_EVIDENCE_NAME);
    check.setCamundaAssignee("${" + ReviewVariables.SUPERVISOR_LOGIN + "}");
    process.addChildElement(check);
    SequenceFlow checked = model.newInstance(SequenceFlow.class);
    checked.setId("Flow_EvidenceVerified");
    process.addChildElement(checked);

    reroute(selfAssessed, next, check);
    checked.setSource(check);
    checked.setTarget(next);
    check.getOutgoing().add(checked);
    next.getIncoming().add(checked);
  }

  /** An incompatible change: the self-assessment step is gone, approved targets go straight to the computation. */
  static void removeSelfAssessment(BpmnModelInstance model) {
    Process process = process(model, "2.0.0");
    SequenceFlow approved = model.getModelElementById(TARGETS_APPROVED_FLOW);
    SequenceFlow selfAssessed = model.getModelElementById(SELF_ASSESSED_FLOW);
    UserTask selfAssess = model.getModelElementById(SELF_ASSESS);
    assertThat(List.of(approved, selfAssessed, selfAssess)).doesNotContainNull();
    FlowNode next = selfAssessed.getTarget();

    removeDiagramOf(model, selfAssess, selfAssessed);
    next.getIncoming().remove(selfAssessed);
    reroute(approved, selfAssess, next);
    process.removeChildElement(selfAssessed);
    process.removeChildElement(selfAssess);
  }

  /** A visible change that keeps every step: the label of the self-assessment task. */
  static void renameSelfAssessment(BpmnModelInstance model, String name) {
    process(model, "1.0.1");
    UserTask selfAssess = model.getModelElementById(SELF_ASSESS);
    selfAssess.setName(name);
  }

  private static Process process(BpmnModelInstance model, String versionTag) {
    Process process = model.getModelElementById(ReviewVariables.PROCESS_KEY);
    process.setCamundaVersionTag(versionTag);
    return process;
  }

  private static void reroute(SequenceFlow flow, FlowNode oldTarget, FlowNode newTarget) {
    oldTarget.getIncoming().remove(flow);
    flow.setTarget(newTarget);
    newTarget.getIncoming().add(flow);
  }

  private static void removeDiagramOf(BpmnModelInstance model, ModelElementInstance... elements) {
    List<ModelElementInstance> removed = List.of(elements);
    for (BpmnShape shape : List.copyOf(model.getModelElementsByType(BpmnShape.class))) {
      if (removed.contains(shape.getBpmnElement())) {
        shape.getParentElement().removeChildElement(shape);
      }
    }
    for (BpmnEdge edge : List.copyOf(model.getModelElementsByType(BpmnEdge.class))) {
      if (removed.contains(edge.getBpmnElement())) {
        edge.getParentElement().removeChildElement(edge);
      }
    }
  }
}
