package com.inquirydesk;

import org.springframework.test.context.ActiveProfilesResolver;

/** Activates {@code test}, plus {@code postgres} when the build runs with {@code -Ppostgres}. */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return active();
    }

    public static String[] active() {
        return onPostgres() ? new String[] {"test", "postgres"} : new String[] {"test"};
    }

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("inquiry.test.database"));
    }
}
