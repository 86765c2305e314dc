package com.inquirydesk.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ViewTest;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffService;
import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewIT extends ViewTest {

    @Autowired
    StaffService staff;

    @Test
    void administrators_read_who_changed_what_and_when_filtered_by_person_and_action() {
        String admin = newStaff("ADMIN");
        login(admin);
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        var account = staff.createAccount(username, "Audited", null, Role.SALES, "Kiln quartz 47 lantern");
        staff.update(account.id(), "Audited Person", "audited@example.com", Role.MANAGER);
        staff.setEnabled(account.id(), false);

        UI.getCurrent().navigate(AuditView.class);
        var view = _get(AuditView.class);
        _setValue(view.actor, admin);

        assertThat(view.grid.getGenericDataView().getItems())
                .extracting(AuditRecord::action)
                .containsExactly("user.disabled", "user.updated", "user.created");
        assertThat(view.grid.getGenericDataView().getItems())
                .filteredOn(entry -> entry.action().equals("user.updated"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.target()).isEqualTo("user:" + username);
                    assertThat(entry.details()).contains("“Audited” → “Audited Person”", "role: “SALES” → “MANAGER”");
                });

        _setValue(view.action, "user.created");
        assertThat(view.grid.getGenericDataView().getItems())
                .singleElement()
                .satisfies(entry -> assertThat(entry.target()).isEqualTo("user:" + username));
    }
}
