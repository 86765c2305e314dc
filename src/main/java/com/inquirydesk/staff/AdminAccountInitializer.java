package com.inquirydesk.staff;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
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
            try {
                staff.createFirstAdministrator(properties.adminPassword(), false);
            } catch (DataIntegrityViolationException createdByAnotherInstance) {
                log.info("Another instance created the account 'admin' at the same moment");
                return;
            } catch (WeakPasswordException refused) {
                throw new IllegalStateException("INQUIRY_ADMIN_PASSWORD is refused by the password policy ("
                        + refused.violations().getFirst().messageKey()
                        + "): use at least 12 characters that are not a common password and do not contain"
                        + " 'admin', e.g. several unrelated words");
            }
            log.info("Created the account 'admin' with the password from INQUIRY_ADMIN_PASSWORD");
            return;
        }
        String password = randomPassword();
        try {
            staff.createFirstAdministrator(password, true);
        } catch (DataIntegrityViolationException createdByAnotherInstance) {
            log.info("Another instance created the account 'admin' at the same moment; its log shows the password");
            return;
        }
        log.warn("""

                ==============================================================
                 Created the account 'admin' with this one-time password:
                     {}
                 It is not shown again, and must be changed at the first
                 login. Set INQUIRY_ADMIN_PASSWORD before the
                 first start to choose it yourself.
                ==============================================================""", password);
    }

    /** 24 random characters from an alphabet without "a", so that it can never contain "admin". */
    private static String randomPassword() {
        String alphabet = "bcdefghjkmnpqrstuvwxyzBCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
