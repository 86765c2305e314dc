package com.inquirydesk.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A notice the staff layout shows above every view, such as a setting an administrator still has to make. The
 * layout sits in {@code base}, below the modules that know what is missing, so a module provides one as a Spring
 * bean and the layout asks every one of them at each navigation.
 */
public interface LayoutNotice {

    /** The notice for the person logged in now, or empty when there is nothing to tell them. */
    Optional<Component> notice();
}
