package com.inquirydesk.base.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/**
 * Tells a view whether the browser window is as narrow as a phone's, when the view is shown and whenever the
 * window is resized, so that a grid can swap its columns for one compact column; CSS cannot hide a grid's columns.
 */
public final class PhoneWidth {

    /** Below this width of the window, in CSS pixels, the layout is a phone's; the stylesheet's breakpoint too. */
    public static final int BELOW = 760;

    private PhoneWidth() {}

    /** Calls {@code narrow} with whether the window is phone-narrow, while the view is attached. */
    public static void follow(Component view, Consumer<Boolean> narrow) {
        view.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> narrow.accept(details.getWindowInnerWidth() < BELOW));
            var resizing = page.addBrowserWindowResizeListener(resize -> narrow.accept(resize.getWidth() < BELOW));
            view.addDetachListener(detach -> {
                resizing.remove();
                detach.unregisterListener();
            });
        });
    }
}
