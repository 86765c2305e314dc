package com.inquirydesk.base.ui;

import com.inquirydesk.base.web.AbortedTransfer;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Vaadin's error handler for every session, as Vaadin's own but quiet about a download that was aborted on
 * purpose ({@link AbortedTransfer}): that failure was logged once already, where it happened.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var handler = new QuietAbortsErrorHandler();
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(handler));
    }

    /** Ignores what Vaadin ignores (clients that went away) and aborted transfers. */
    private static final class QuietAbortsErrorHandler extends DefaultErrorHandler {

        QuietAbortsErrorHandler() {
            super(ignored());
        }

        private static Set<String> ignored() {
            Set<String> ignored = new HashSet<>(SOCKET_EXCEPTIONS);
            ignored.add(AbortedTransfer.class.getName());
            return ignored;
        }
    }
}
