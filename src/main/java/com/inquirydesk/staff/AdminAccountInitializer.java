package com.inquirydesk.staff;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On a first start with no accounts, creates {@code admin} with the password from
 * {@code INQUIRY_ADMIN_PASSWORD}, or a random one printed once in the log. There is no default password.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final StaffService staff;
    private final StaffProperties properties;

    AdminAccountInitializer(StaffService staff, StaffProperties properties) {
        this.staff = staff;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (staff.anyAccount()) {
            return;
        }
        if (!properties.adminPassword().isBlank()) {
            staff.create("admin", "Administrator", null, Role.ADMIN, properties.adminPassword());
            log.info("Created the account 'admin' with the password from INQUIRY_ADMIN_PASSWORD");
            return;
        }
        String password = randomPassword();
        staff.create("admin", "Administrator", null, Role.ADMIN, password);
        log.warn("""

                ==============================================================
                 Created the account 'admin' with this one-time password:
                     {}
                 It is not shown again. Set INQUIRY_ADMIN_PASSWORD before the
                 first start to choose it yourself.
                ==============================================================""", password);
    }

    private static String randomPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
