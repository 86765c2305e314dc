package com.inquirydesk.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Error pages only for answers that have not started: after a failure midway through a response (a download
 * that stopped), the servlet container would append its error page to what was already sent, then close the
 * connection. The page would corrupt the end of a file the client must see fail; the closed connection
 * alone says it. (On a committed response the container includes its error page instead of forwarding to
 * it, so this filter sees error includes as well as error dispatches.)
 */
final class CommittedErrorFilter extends HttpFilter {

    /** Registered for error dispatches and includes only. */
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean errorPage = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
        if (!(errorPage && response.isCommitted())) {
            chain.doFilter(request, response);
        }
    }
}
