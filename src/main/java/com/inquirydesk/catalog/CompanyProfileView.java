package com.inquirydesk.catalog;

import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.ui.FieldErrors;
import com.inquirydesk.staff.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The company profile for administrators: the public contact card, the mail footer and the fallback address. */
@Route("admin/company")
@Menu(title = "staff.nav.company", order = 50)
@RolesAllowed(Role.ADMIN_ROLE)
class CompanyProfileView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final CatalogAdministration administration;
    private final H2 heading = new H2();
    private final Paragraph intro = new Paragraph();
    final TextField nameEn = new TextField();
    final TextField nameZh = new TextField();
    final TextField tel = new TextField();
    final EmailField email = new EmailField();
    final TextField postCode = new TextField();
    final TextField addressEn = new TextField();
    final TextField addressZh = new TextField();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    CompanyProfileView(CatalogAdministration administration, CatalogService catalog) {
        this.administration = administration;
        addClassName("admin-view");
        CompanyCard card = catalog.companyCard();
        nameEn.setValue(card.nameEn());
        nameZh.setValue(card.nameZh());
        tel.setValue(card.tel());
        email.setValue(card.email());
        postCode.setValue(card.postCode());
        addressEn.setValue(card.addressEn());
        addressZh.setValue(card.addressZh());
        nameEn.setMaxLength(200);
        nameZh.setMaxLength(200);
        tel.setMaxLength(40);
        postCode.setMaxLength(20);
        addressEn.setMaxLength(300);
        addressZh.setMaxLength(300);
        tel.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        errors.bind("nameEn", nameEn)
                .bind("nameZh", nameZh)
                .bind("tel", tel)
                .bind("email", email)
                .bind("postCode", postCode)
                .bind("addressEn", addressEn)
                .bind("addressZh", addressZh);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var form = new FormLayout(nameEn, nameZh, tel, email, postCode, new Div(), addressEn, addressZh);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setMaxWidth("56em");
        add(heading, intro, form, save);
    }

    private void save() {
        try {
            administration.updateCompany(new CompanyCard(
                    nameEn.getValue(),
                    nameZh.getValue(),
                    tel.getValue(),
                    email.getValue(),
                    postCode.getValue(),
                    addressEn.getValue(),
                    addressZh.getValue()));
            errors.clear();
            Notification.show(getTranslation("company.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("company.title"));
        intro.setText(getTranslation("company.intro"));
        nameEn.setLabel(getTranslation("company.nameEn"));
        nameZh.setLabel(getTranslation("company.nameZh"));
        tel.setLabel(getTranslation("contact.tel"));
        email.setLabel(getTranslation("contact.email"));
        postCode.setLabel(getTranslation("contact.postCode"));
        addressEn.setLabel(getTranslation("company.addressEn"));
        addressZh.setLabel(getTranslation("company.addressZh"));
        save.setText(getTranslation("action.save"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.title");
    }
}
