package id.go.tebingtinggi.kinerja.system.model;

import static id.go.tebingtinggi.kinerja.system.model.ModelConsistencyTest.assertNoProblems;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every {@code camunda:delegateExpression} in {@code bpmn/} (service tasks, message events, execution and task
 * listeners, timeout listeners included) names a bean of the running application, the way the engine resolves
 * {@code ${beanName}} through the Spring context.
 */
@IntegrationTest
class ModelDelegateBeansTest {

  @Autowired ApplicationContext context;

  @Test
  void everyDelegateExpressionOfTheProjectModelsNamesASpringBean() {
    assertNoProblems(new ModelConsistencyChecker(ModelSources.project()).checkDelegates(context::containsBean));
  }

  @Test
  void delegateExpressionsNamingNoBeanOfTheApplicationAreReported() {
    var problems = new ModelConsistencyChecker(ModelSources.fixture("unknown-delegate"))
        .checkDelegates(context::containsBean);

    assertThat(problems).extracting(ModelProblem::element).containsExactly(
        "ServiceTask_RecordDecision",
        "ServiceTask_RecordDecision, execution listener on \"end\"",
        "UserTask_Approve, task listener on \"timeout\" TimeoutListener_Remind",
        "UserTask_Approve, task listener on \"create\"");
  }
}
