package com.inquirydesk.staff;

import com.inquirydesk.base.web.ApiProblems;
import com.inquirydesk.base.web.VaadinRequests;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Filter chains for the operations endpoints, the JSON API (stateless, no CSRF token needed, CORS for the
 * company website, HTTP Basic for staff scripts, closed to temporary passwords), the public page (stateless,
 * open to everyone) and Vaadin's for the views, where each view declares who may open it
 * ({@code @RolesAllowed}), anyone else lands on the login view, and only the app's own login page may log in.
 * Services check roles too ({@code @Secured}), so that views are never proxied. Passwords are checked by the
 * {@link ThrottledAuthenticationProvider}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration {

    /** The role of the Prometheus scraper account; no staff member has it. */
    static final String METRICS_ROLE = "METRICS";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The strictest policy the Vaadin client runs under: its bootstrap is an inline script and it builds
     * functions from the expressions the server sends, hence 'unsafe-inline' and 'unsafe-eval' for scripts;
     * Lumo sets inline styles. Everything else comes from this origin only, or not at all.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * The public page's policy: plain HTML with one script and one stylesheet of its own, nothing inline, so it
     * can be as strict as a page can be.
     */
    static final String PUBLIC_PAGE_CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * Security headers on every response: no MIME sniffing, no framing (clickjacking), the referrer only
     * as an origin to other sites, the content policy above, and HSTS on requests that arrived over TLS
     * (behind a proxy: with {@code SERVER_FORWARD_HEADERS_STRATEGY=native} and {@code X-Forwarded-Proto}).
     */
    static void securityHeaders(HttpSecurity http) throws Exception {
        securityHeaders(http, CONTENT_SECURITY_POLICY);
    }

    private static void securityHeaders(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        http.headers(headers -> headers.contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
    }

    /**
     * The operations endpoints: health (with liveness and readiness) for everyone, e.g. load balancers;
     * everything else (Prometheus metrics, build info) only for the scraper account, which lives in memory
     * and exists only when its password is set.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operationsSecurity(
            HttpSecurity http, OperationsProperties operations, PasswordEncoder passwordEncoder) throws Exception {
        securityHeaders(http);
        var scraper = new InMemoryUserDetailsManager();
        if (!operations.metricsPassword().isBlank()) {
            scraper.createUser(User.withUsername(operations.metricsUser())
                    .password(passwordEncoder.encode(operations.metricsPassword()))
                    .roles(METRICS_ROLE)
                    .build());
        }
        return http.securityMatcher("/actuator/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                                .permitAll()
                                .anyRequest()
                                .hasRole(METRICS_ROLE))
                .httpBasic(Customizer.withDefaults())
                .userDetailsService(scraper)
                .build();
    }

    /**
     * The API. What needs an account refuses one with a temporary password, which must first be replaced in
     * the app; a refusal is a 403 problem response saying why.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, StaffUserRepository users, ApiProblems problems)
            throws Exception {
        securityHeaders(http);
        return http.securityMatcher("/api/**", "/swagger-ui/**", "/v3/api-docs/**")
                .csrf(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/inquiries")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/product-lines", "/api/openapi/**", "/api/openapi")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET, "/api/docs", "/api/docs/**", "/swagger-ui/**", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/api/reports/**")
                        .access(new TemporaryPasswordAuthorization(
                                AuthorityAuthorizationManager.hasRole(Role.MANAGER_ROLE), users))
                        .anyRequest()
                        .access(new TemporaryPasswordAuthorization(
                                AuthenticatedAuthorizationManager.authenticated(), users)))
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(
                        exceptions -> exceptions.accessDeniedHandler((request, response, denied) -> problems.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                TemporaryPasswordAuthorization.isPasswordChangeRequired(denied)
                                        ? "api.passwordChangeRequired"
                                        : "api.forbidden",
                                request.getLocale())))
                .build();
    }

    /**
     * The public page ({@code /} without Vaadin's {@code v-r} parameter): open to everyone and stateless, so a
     * visitor gets no session. Its form needs no CSRF token: it carries no credentials, and the same
     * submission is open to anyone at {@code POST /api/inquiries}; a token would protect nothing and would need
     * a session or a cookie per visitor. The rate limits and spam checks of the intake apply as for the API.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicPageSecurity(HttpSecurity http) throws Exception {
        securityHeaders(http, PUBLIC_PAGE_CONTENT_SECURITY_POLICY);
        return http.securityMatcher(SecurityConfiguration::isPublicPage)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    /** The public page and its two static files; the address alone decides, the body is never read here. */
    private static boolean isPublicPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/public-page.css") || path.equals("/public-page.js")) {
            return true;
        }
        return path.equals("/") && !VaadinRequests.isVaadinRequest(request.getQueryString());
    }

    @Bean
    @Order(3)
    SecurityFilterChain viewSecurity(
            HttpSecurity http, StaffSessions sessions, ObjectProvider<SecurityContextHolderStrategy> securityContexts)
            throws Exception {
        securityHeaders(http);
        var validity = new SessionValidityFilter(
                sessions, securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
        return http.addFilterAfter(validity, SecurityContextHolderFilter.class)
                // where LoginView's form posts, which Vaadin's configurer exempts from the CSRF token
                .addFilterBefore(new SameOriginLoginFilter("/login"), CsrfFilter.class)
                .with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).defaultSuccessUrl("/inquiries"))
                .build();
    }
}
