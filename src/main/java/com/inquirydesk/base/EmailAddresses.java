package com.inquirydesk.base;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for email addresses that reach mail headers, used by the intake and by administrators who
 * enter routing and contact addresses: a plain {@code local@domain.tld}, no display names, no comments, no
 * quoted local parts, nothing a header could be split with.
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    private static final int LOCAL_PART_MAX_LENGTH = 64;
    private static final Pattern ADDRESS =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private EmailAddresses() {}

    /** The address with its domain in lower case, or empty when it breaks the rule. */
    public static Optional<String> normalize(String value) {
        String address = value.strip();
        int at = address.lastIndexOf('@');
        if (address.length() > MAX_LENGTH || !ADDRESS.matcher(address).matches() || at > LOCAL_PART_MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT));
    }
}
