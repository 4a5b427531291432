package id.go.tebingtinggi.kinerja.meeting;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.common.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Refusals on the meeting pages as pages a person can read (the API's refusals stay JSON). */
@ControllerAdvice(assignableTypes = MeetingPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MeetingPageErrors {

  @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class})
  ModelAndView notFound(Exception e) {
    return error(HttpStatus.NOT_FOUND, "Halaman tidak ditemukan",
        e instanceof NotFound ? e.getMessage() : "Alamat yang Anda buka tidak dikenal.");
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  ModelAndView forbidden(RuntimeException e) {
    return error(HttpStatus.FORBIDDEN, "Akses ditolak", "Anda tidak berwenang membuka halaman ini.");
  }

  @ExceptionHandler(DomainRuleViolation.class)
  ModelAndView refused(DomainRuleViolation e) {
    return error(HttpStatus.BAD_REQUEST, "Halaman tidak dapat dibuka", e.getMessage());
  }

  private static ModelAndView error(HttpStatus status, String title, String message) {
    ModelAndView page = new ModelAndView("meeting/page-error", status);
    page.addObject("status", status.value())
        .addObject("title", title)
        .addObject("message", message)
        .addObject("tasklist", MeetingPages.TASKLIST);
    return page;
  }
}
