package id.go.tebingtinggi.kinerja.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.AuthenticationProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login of the Camunda webapps (Tasklist, Cockpit, Admin), which Camunda keeps in the HTTP session, accepted by
 * the application's own pages and API: whoever is logged in to Tasklist is logged in here, with the groups Camunda
 * resolved for them, revalidated as often as Camunda revalidates them itself. Logging out of Tasklist logs out here.
 */
@Component
class WebappLogin {

  /** Camunda's own session attribute (AuthenticationUtil.CAM_AUTH_SESSION_KEY, not public). */
  private static final String SESSION_KEY = "authenticatedUser";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final String engineName;
  private final long revalidateAfterMillis;
  private final String tasklistPath;

  WebappLogin(ProcessEngine engine, CamundaBpmProperties properties) {
    this.engineName = engine.getName();
    AuthenticationProperties.CacheProperties cache = properties.getWebapp().getAuth().getCache();
    this.revalidateAfterMillis = cache.isTtlEnabled() ? cache.getTimeToLive() : 0;
    this.tasklistPath = properties.getWebapp().getApplicationPath() + "/app/tasklist/";
  }

  /**
   * A request that changes something and relies on the session alone must carry the CSRF token: a browser adds the
   * session cookie to cross-site requests too, but never an Authorization header, so basic-auth clients need none.
   */
  boolean changesStateWithSessionLogin(HttpServletRequest request) {
    return !SAFE_METHODS.contains(request.getMethod())
        && request.getHeader(HttpHeaders.AUTHORIZATION) == null
        && login(request.getSession(false)).isPresent();
  }

  /** Where a page sends a visitor who is not logged in: the Tasklist login, the one login of the application. */
  void sendToTasklistLogin(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.sendRedirect(request.getContextPath() + tasklistPath);
  }

  OncePerRequestFilter filter() {
    return new SessionFilter();
  }

  private Optional<UserAuthentication> login(HttpSession session) {
    if (session != null && session.getAttribute(SESSION_KEY) instanceof Authentications all
        && all.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  /**
   * Authenticates a request that carries no credentials of its own from the webapp login in its session; a request
   * with an Authorization header is judged by that header alone.
   */
  private final class SessionFilter extends OncePerRequestFilter {

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      HttpSession session = request.getSession(false);
      if (contexts.getContext().getAuthentication() == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null
          && session != null) {
        revalidate(session);
        login(session).ifPresent(this::authenticate);
      }
      chain.doFilter(request, response);
    }

    private void revalidate(HttpSession session) {
      if (revalidateAfterMillis > 0 && session.getAttribute(SESSION_KEY) instanceof Authentications all) {
        AuthenticationUtil.updateCache(all, session, revalidateAfterMillis);
        AuthenticationUtil.updateSession(session, all);
      }
    }

    private void authenticate(UserAuthentication user) {
      SecurityContext context = contexts.createEmptyContext();
      context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null,
          user.getGroupIds().stream().map(group -> new SimpleGrantedAuthority("ROLE_" + group)).toList()));
      contexts.setContext(context);
    }
  }
}
