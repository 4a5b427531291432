package id.go.tebingtinggi.kinerja.system;

import id.go.tebingtinggi.kinerja.common.ConcurrentChange;
import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.common.NotFound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Turns refusals into 4xx replies whose {@code pesan} (and {@code alasan} list) a person can read. */
@RestControllerAdvice
class ApiErrors {

  @ExceptionHandler(DomainRuleViolation.class)
  ResponseEntity<Map<String, Object>> refused(DomainRuleViolation e) {
    return reply(HttpStatus.BAD_REQUEST, "Permintaan ditolak", e.reasons());
  }

  @ExceptionHandler(ConcurrentChange.class)
  ResponseEntity<Map<String, Object>> conflict(ConcurrentChange e) {
    return reply(HttpStatus.CONFLICT, "Permintaan ditolak", e.reasons());
  }

  /** Another person's transaction changed the same task or record first; this request was rolled back. */
  @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
  ResponseEntity<Map<String, Object>> lostRace(RuntimeException e) {
    return reply(HttpStatus.CONFLICT, "Permintaan ditolak", List.of(ConcurrentChange.MESSAGE));
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<Map<String, Object>> notFound(NotFound e) {
    return reply(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  ResponseEntity<Map<String, Object>> forbidden(RuntimeException e) {
    return reply(HttpStatus.FORBIDDEN, "Anda tidak berwenang melakukan tindakan ini", List.of());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
    List<String> reasons = e.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getField() + ": " + error.getDefaultMessage()).toList();
    return reply(HttpStatus.BAD_REQUEST, "Data tidak valid", reasons);
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
      MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
  ResponseEntity<Map<String, Object>> unreadable(Exception e) {
    return reply(HttpStatus.BAD_REQUEST, "Format permintaan tidak valid atau data wajib tidak ada", List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
    return reply(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Jenis konten tidak didukung: " + e.getContentType(), List.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
    return reply(HttpStatus.METHOD_NOT_ALLOWED, "Metode " + e.getMethod() + " tidak didukung di alamat ini", List.of());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
    return reply(HttpStatus.PAYLOAD_TOO_LARGE, "Berkas terlalu besar", List.of());
  }

  static ResponseEntity<Map<String, Object>> reply(HttpStatus status, String message, List<String> reasons) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("pesan", message);
    if (!reasons.isEmpty()) {
      body.put("alasan", reasons);
    }
    return ResponseEntity.status(status).body(body);
  }
}
