/** The public inquiry view at {@code /}: the company's card, its product lines and the inquiry form, in Vaadin. */
@org.jspecify.annotations.NullMarked
package com.inquirydesk.inquiry.intake.ui;
