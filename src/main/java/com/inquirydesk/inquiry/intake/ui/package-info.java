/**
 * The public inquiry view at {@code /}: the company's card, its product lines and the inquiry form, in Vaadin; and the
 * inquiry's fields and files, which staff entering an inquiry by hand use too.
 */
@org.jspecify.annotations.NullMarked
package com.inquirydesk.inquiry.intake.ui;
