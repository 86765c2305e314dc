package com.inquirydesk.base.web;

import com.inquirydesk.base.RateLimitExceededException;
import com.inquirydesk.base.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the requests one IP address makes per minute, separately for the API and for the pages (which
 * includes Vaadin's round trips); over the cap: 429 with {@code Retry-After}, before any other work.
 */
class ClientRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter apiLimiter;
    private final RateLimiter pageLimiter;
    private final ApiProblems problems;

    ClientRateLimitFilter(WebProperties properties, ApiProblems problems) {
        this.apiLimiter = new RateLimiter(properties.apiRequestsPerMinute(), Duration.ofMinutes(1));
        this.pageLimiter = new RateLimiter(properties.pageRequestsPerMinute(), Duration.ofMinutes(1));
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        Optional<Duration> wait = (api ? apiLimiter : pageLimiter).tryAcquire(request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var exceeded = new RateLimitExceededException(wait.get());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(exceeded.retryAfterSeconds()));
        problems.write(
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "api.rateLimited",
                RequestLanguageResolver.languageOf(request),
                exceeded.retryAfterSeconds());
    }
}
