package com.inquirydesk.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The record a route such as {@code contacts/:id} names by its numeric id: an id that is not a number, or names
 * nothing, shows the not-found page, as an unknown address does.
 */
public final class RouteIds {

    private RouteIds() {}

    public static <T> Optional<T> find(BeforeEnterEvent event, String parameter, LongFunction<Optional<T>> lookup) {
        Optional<T> found;
        try {
            found = lookup.apply(
                    Long.parseLong(event.getRouteParameters().get(parameter).orElse("")));
        } catch (NumberFormatException notANumber) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return found;
    }
}
