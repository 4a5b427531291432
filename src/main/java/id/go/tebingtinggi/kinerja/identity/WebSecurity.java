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
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application's own API ({@code /api/**}) and the printable award certificates ({@code /sertifikat/**})
 * require HTTP basic authentication against Camunda's users and
 * runs each request as that user in the engine too. The Camunda webapps and {@code /engine-rest} keep their
 * own authentication (and the webapps their own CSRF protection); security headers are set on every page.
 */
@Configuration
@EnableMethodSecurity
class WebSecurity {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, CamundaUserAuthenticationProvider provider,
                                  IdentityService identityService) throws Exception {
    return http
        .securityMatcher("/api/**", "/sertifikat/**")
        .authenticationProvider(provider)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("Kinerja ASN").authenticationEntryPoint(WebSecurity::unauthorized))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
        .build();
  }

  @Bean
  @Order(2)
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
