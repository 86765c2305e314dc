package com.inquirydesk.staff;

import com.inquirydesk.base.web.ApiProblems;
import com.inquirydesk.base.web.EmbeddableForm;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
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
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Filter chains for the operations endpoints, the JSON API (stateless, no CSRF token needed, CORS for the
 * company website, HTTP Basic for staff scripts, closed to temporary passwords), the public page (stateless,
 * open to everyone) and Vaadin's for the views, where each view declares who may open it
 * ({@code @RolesAllowed}), anyone else lands on the login view, and only the app's own login page may log in;
 * of the static files beyond Vaadin's own, staff may load the dashboard's chart library.
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
     * Spring Security writes only its cache headers ({@code no-store} on everything it guards); the security
     * headers come from {@link com.inquirydesk.base.web.SecurityHeadersFilter}, which every response passes,
     * Vaadin's pages included.
     */
    static void securityHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.defaultsDisabled().cacheControl(Customizer.withDefaults()));
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
     * The JSON API and its documentation. Scripts get API answers, never the login page: no or wrong credentials
     * answer 401 with {@code WWW-Authenticate: Basic}, a missing role 403, each with a problem body. What needs an
     * account refuses one with a temporary password, which must first be replaced in the app (403 saying why).
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, StaffUserRepository users, ApiProblems problems)
            throws Exception {
        securityHeaders(http);
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Inquiry Desk\", charset=\"UTF-8\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.unauthorized");
        };
        AccessDeniedHandler forbidden = (request, response, denied) -> problems.write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                TemporaryPasswordAuthorization.isPasswordChangeRequired(denied)
                        ? "api.passwordChangeRequired"
                        : "api.forbidden");
        return http.securityMatcher("/api/**", "/swagger-ui/**", "/v3/api-docs/**")
                .csrf(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/inquiries")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/product-lines", "/api/openapi/**", "/api/openapi")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/docs",
                                "/api/docs/**",
                                "/api/swagger-ui/**",
                                "/swagger-ui/**",
                                "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/api/reports/**")
                        .access(new TemporaryPasswordAuthorization(
                                AuthorityAuthorizationManager.hasRole(Role.MANAGER_ROLE), users))
                        .anyRequest()
                        .access(new TemporaryPasswordAuthorization(
                                AuthenticatedAuthorizationManager.authenticated(), users)))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build();
    }

    /**
     * Spring Boot's error page, which the servlet container dispatches to after a failure: open to everyone, or
     * an API client's 404 would become a redirect to the login page. It shows no internals.
     */
    @Bean
    @Order(2)
    SecurityFilterChain errorPageSecurity(HttpSecurity http) throws Exception {
        securityHeaders(http);
        return http.securityMatcher("/error")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    /**
     * The embeddable form ({@link EmbeddableForm}, with its stylesheet and script): open to everyone and stateless,
     * so a visitor gets no session. Its form needs no CSRF token: it carries no credentials, and the same
     * submission is open to anyone at {@code POST /api/inquiries}; a token would protect nothing and would need
     * a session or a cookie per visitor. The rate limits and spam checks of the intake apply as for the API.
     */
    @Bean
    @Order(3)
    SecurityFilterChain publicPageSecurity(HttpSecurity http) throws Exception {
        securityHeaders(http);
        return http.securityMatcher(EmbeddableForm::matches)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain viewSecurity(
            HttpSecurity http,
            StaffSessions sessions,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts,
            MessageSource messages,
            LocaleResolver locales)
            throws Exception {
        securityHeaders(http);
        var validity = new SessionValidityFilter(
                sessions, securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
        return http.addFilterAfter(validity, SecurityContextHolderFilter.class)
                // where LoginView's form posts, which Vaadin's configurer exempts from the CSRF token
                .addFilterBefore(new SameOriginLoginFilter("/login", messages, locales), CsrfFilter.class)
                // the dashboard's chart library; Vaadin's configurer refuses every address it does not know
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/webjars/echarts/**")
                        .authenticated())
                .with(
                        VaadinSecurityConfigurer.vaadin(),
                        // an address that is no view reaches Vaadin for logged-in staff, whose not-found page
                        // says so inside the app; Vaadin's default refuses it with a bare 403
                        vaadin -> vaadin.loginView(LoginView.class)
                                .defaultSuccessUrl("/inquiries")
                                .anyRequest(url -> url.authenticated()))
                .build();
    }
}
