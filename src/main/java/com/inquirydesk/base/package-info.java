/** Shared building blocks: languages, rate limits, web and security configuration, the page shell. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package com.inquirydesk.base;
