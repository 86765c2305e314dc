package com.inquirydesk.base.web;

import com.inquirydesk.base.RateLimitExceededException;
import com.inquirydesk.base.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Caps the requests one IP address makes to the API per minute; over the cap: 429 with Retry-After. */
class ApiRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final ApiProblems problems;

    ApiRateLimitFilter(ApiProperties properties, ApiProblems problems) {
        this.limiter = new RateLimiter(properties.requestsPerMinute(), Duration.ofMinutes(1));
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wait = limiter.tryAcquire(request.getRemoteAddr());
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
                request.getLocale(),
                exceeded.retryAfterSeconds());
    }
}
