package id.go.tebingtinggi.kinerja.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import id.go.tebingtinggi.kinerja.common.ConcurrentChange;
import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.common.NotFound;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.hibernate.StaleStateException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * The engine REST API with the domain's refusals answered as client errors: a task completion or process
 * start that a delegate or listener refuses gets 400 (404 for an unknown id) with the reason in Bahasa
 * Indonesia, in the shape of Camunda's own error replies ({@code type}, {@code message}). A task that is no longer
 * there (completed by someone else, or never was) gets 404, and a request that lost a race with another person's
 * change of the same task or record (optimistic locking), or claims a task someone else has, gets 409; Camunda
 * answers all of them with 500.
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
    register(ConcurrencyFailureMapper.class);
    register(UnparsableJsonMapper.class);
    register(MismatchedJsonMapper.class);
  }

  /** The refusal inside an engine exception: task listener failures arrive wrapped (ENGINE-03051). */
  static RuntimeException refusalIn(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof DomainRuleViolation || cause instanceof NotFound) {
        return (RuntimeException) cause;
      }
      if (cause instanceof TaskAlreadyClaimedException claimed) {
        return new ConcurrentChange("Tugas ini sudah diambil oleh " + claimed.getTaskAssignee()
            + "; hanya pengguna itu yang dapat menyelesaikannya. Muat ulang daftar tugas");
      }
      if (isConcurrentChange(cause)) {
        return new ConcurrentChange();
      }
      if (cause instanceof NullValueException && cause.getMessage() != null
          && cause.getMessage().startsWith("Cannot find task with id")) {
        return new NotFound("Tugas tidak ditemukan: tugas ini mungkin sudah diselesaikan oleh pengguna lain atau "
            + "dibatalkan. Muat ulang daftar tugas");
      }
    }
    return null;
  }

  /** Whether {@code e} says that another transaction changed the same row first. */
  static boolean isConcurrentChange(Throwable e) {
    return e instanceof OptimisticLockingException || e instanceof ConcurrencyFailureException
        || e instanceof jakarta.persistence.OptimisticLockException || e instanceof StaleStateException;
  }

  /** The reply to a failure of an engine REST call, as the mappers below give it; a failure that is not a refusal gets null. */
  public static Response replyForFailure(Throwable e) {
    RuntimeException refusal = refusalIn(e);
    return refusal == null ? null : replyFor(refusal);
  }

  static Response replyFor(RuntimeException refusal) {
    if (refusal instanceof NotFound) {
      return reply(Response.Status.NOT_FOUND, refusal);
    }
    return refusal instanceof ConcurrentChange
        ? reply(Response.Status.CONFLICT, refusal)
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
      return replyFor(e);
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

  /** A change that lost to another transaction's and surfaced outside the engine's exceptions (at commit). */
  public static class ConcurrencyFailureMapper implements ExceptionMapper<ConcurrencyFailureException> {
    @Override
    public Response toResponse(ConcurrencyFailureException e) {
      return reply(Response.Status.CONFLICT, new ConcurrentChange());
    }
  }

  /**
   * A body that is not JSON, or not of the request's shape: Jackson's own reply is plain text naming Java classes.
   * One mapper per exception type that Jackson's JAX-RS provider maps itself, so that these win the tie.
   */
  static Response unreadableJson(JsonProcessingException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", "Format JSON permintaan tidak valid: periksa tanda kurung, tanda kutip, dan jenis setiap "
        + "nilai (baris " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ", kolom "
        + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ")");
    body.put("code", null);
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  @Priority(1)
  public static class UnparsableJsonMapper implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException e) {
      return unreadableJson(e);
    }
  }

  @Priority(1)
  public static class MismatchedJsonMapper implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException e) {
      return unreadableJson(e);
    }
  }

  public static class NotFoundMapper implements ExceptionMapper<NotFound> {
    @Override
    public Response toResponse(NotFound e) {
      return reply(Response.Status.NOT_FOUND, e);
    }
  }
}
