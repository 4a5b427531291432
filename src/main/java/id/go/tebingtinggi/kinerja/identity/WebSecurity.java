package id.go.tebingtinggi.kinerja.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call the application's own API ({@code /api/**}), open the award certificates ({@code /sertifikat/**})
 * and the pages ({@code /rapat/**}, {@code /laporan/**}): API clients with HTTP basic authentication against Camunda's users, and people logged in to
 * Tasklist with that same login ({@link WebappLogin}). Each request runs as that user in the engine too. A change
 * made through the session must carry the session's CSRF token, which the pages embed; pages get a strict content
 * security policy. The Camunda webapps and {@code /engine-rest} keep their own authentication and CSRF protection.
 */
@Configuration
@EnableMethodSecurity
class WebSecurity {

  static final String CSRF_HEADER = "X-XSRF-TOKEN";
  static final String[] PAGES = {"/rapat/**", "/laporan/**"};
  private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

  /**
   * Every request here is "authenticated" anew from the Tasklist session, which is not a login: Spring's default
   * would replace the session's CSRF token on each such request, so a page could save only once (a refused
   * meeting, corrected and saved again, would fail on a stale token). The token lives as long as the session.
   */
  private static final SessionAuthenticationStrategy KEEP_THE_PAGES_TOKEN = new NullAuthenticatedSessionStrategy();

  private final HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

  WebSecurity() {
    csrfTokens.setHeaderName(CSRF_HEADER);
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, CamundaUserAuthenticationProvider provider,
                                  IdentityService identityService, WebappLogin webappLogin) throws Exception {
    OncePerRequestFilter sessionLogin = webappLogin.filter();
    return http
        .securityMatcher("/api/**", "/sertifikat/**")
        .authenticationProvider(provider)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("Kinerja ASN").authenticationEntryPoint(WebSecurity::unauthorized))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
            .requireCsrfProtectionMatcher(webappLogin::changesStateWithSessionLogin)
            .sessionAuthenticationStrategy(KEEP_THE_PAGES_TOKEN))
        .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(WebSecurity::forbidden))
        .addFilterAfter(sessionLogin, BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), sessionLogin.getClass())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageSecurity(HttpSecurity http, IdentityService identityService, WebappLogin webappLogin)
      throws Exception {
    OncePerRequestFilter sessionLogin = webappLogin.filter();
    return http
        .securityMatcher(PAGES)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        // the pages only read; the token they embed guards the API calls they make
        .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).sessionAuthenticationStrategy(KEEP_THE_PAGES_TOKEN))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(webappLogin::sendToTasklistLogin))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            .frameOptions(frame -> frame.sameOrigin()))
        .addFilterAfter(sessionLogin, BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), sessionLogin.getClass())
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
                                   org.springframework.security.core.AuthenticationException e) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Kinerja ASN\"");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"status\":401,\"pesan\":\"Autentikasi diperlukan: masuk dengan nama pengguna dan kata sandi\"}");
  }

  private static void forbidden(HttpServletRequest request, HttpServletResponse response,
                                AccessDeniedException e) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(e instanceof CsrfException
        ? "{\"status\":403,\"pesan\":\"Token keamanan halaman tidak ada atau sudah tidak berlaku: muat ulang halaman, lalu coba lagi\"}"
        : "{\"status\":403,\"pesan\":\"Anda tidak berwenang melakukan tindakan ini\"}");
  }

  /** Makes the engine see the API caller as the current user, so engine authorizations apply to them. */
  static final class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    EngineAuthenticationFilter(IdentityService identityService) {
      this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication == null || !authentication.isAuthenticated()) {
        chain.doFilter(request, response);
        return;
      }
      List<String> groups = authentication.getAuthorities().stream()
          .map(GrantedAuthority::getAuthority)
          .filter(a -> a.startsWith("ROLE_"))
          .map(a -> a.substring("ROLE_".length()))
          .toList();
      identityService.setAuthentication(authentication.getName(), groups);
      try {
        chain.doFilter(request, response);
      } finally {
        identityService.clearAuthentication();
      }
    }
  }
}
