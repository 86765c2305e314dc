package com.inquirydesk.base.web;

import org.apache.coyote.BadRequestException;

/**
 * Thrown out of a servlet after its response was committed, to make the failure visible to the client: Tomcat
 * then closes the connection without completing the response (no final chunk), so {@code curl} reports a
 * transfer error and a browser a failed download, instead of a file that looks complete.
 *
 * <p>It extends Tomcat's {@link BadRequestException} only because Tomcat logs nothing for those: the failure
 * itself is logged once, where it happened. It is not a bad request, and it carries no cause for the same
 * reason (Tomcat judges by the deepest cause). Spring MVC and Vaadin pass it on untouched; a
 * {@code ClientAbortException} would not do: Spring MVC takes that for a client that went away and ends the
 * response normally.
 */
public final class AbortedTransfer extends BadRequestException {

    public AbortedTransfer(String reason) {
        super(reason);
    }
}
