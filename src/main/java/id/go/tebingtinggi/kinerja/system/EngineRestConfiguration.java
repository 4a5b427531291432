package id.go.tebingtinggi.kinerja.system;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.common.NotFound;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine REST API with the domain's refusals answered as client errors: a task completion or process
 * start that a delegate or listener refuses gets 400 (404 for an unknown id) with the reason in Bahasa
 * Indonesia, in the shape of Camunda's own error replies ({@code type}, {@code message}).
 */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(DomainRuleViolationMapper.class);
    register(NotFoundMapper.class);
    register(WrappedViolationMapper.class);
    register(WrappedEngineViolationMapper.class);
  }

  /** The refusal inside an engine exception: task listener failures arrive wrapped (ENGINE-03051). */
  static RuntimeException refusalIn(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof DomainRuleViolation || cause instanceof NotFound) {
        return (RuntimeException) cause;
      }
    }
    return null;
  }

  static Response replyFor(RuntimeException refusal) {
    return refusal instanceof NotFound
        ? reply(Response.Status.NOT_FOUND, refusal)
        : reply(Response.Status.BAD_REQUEST, refusal);
  }

  static Response reply(Response.Status status, RuntimeException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", e.getClass().getSimpleName());
    body.put("message", e.getMessage());
    body.put("code", null);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  public static class DomainRuleViolationMapper implements ExceptionMapper<DomainRuleViolation> {
    @Override
    public Response toResponse(DomainRuleViolation e) {
      return reply(Response.Status.BAD_REQUEST, e);
    }
  }

  /** Camunda's REST resources turn engine exceptions into RestException (500); ours keep their 4xx. */
  @Priority(1)
  public static class WrappedViolationMapper implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException e) {
      RuntimeException refusal = refusalIn(e);
      return refusal == null ? camundaDefault.toResponse(e) : replyFor(refusal);
    }
  }

  @Priority(1)
  public static class WrappedEngineViolationMapper implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException e) {
      RuntimeException refusal = refusalIn(e);
      return refusal == null ? camundaDefault.toResponse(e) : replyFor(refusal);
    }
  }

  public static class NotFoundMapper implements ExceptionMapper<NotFound> {
    @Override
    public Response toResponse(NotFound e) {
      return reply(Response.Status.NOT_FOUND, e);
    }
  }
}
