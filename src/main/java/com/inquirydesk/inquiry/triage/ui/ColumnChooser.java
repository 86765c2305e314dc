package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.staff.GridColumnChoices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * A button opening the list of the grid's columns, each ticked when shown: a click shows or hides it, and the
 * choice is kept for the person, on the server, so it follows them to any device.
 */
class ColumnChooser extends Button implements LocaleChangeObserver {

    static final String GRID = "inquiries";

    /** Its items are made when it first opens: most people never open it, and each item is kept per session. */
    final ContextMenu menu = new ContextMenu() {
        @Override
        protected boolean onBeforeOpenMenu(ObjectNode eventDetail) {
            fill();
            return super.onBeforeOpenMenu(eventDetail);
        }
    };

    private final Map<String, MenuItem> items = new LinkedHashMap<>();
    private final InquiryGrid grid;
    private final GridColumnChoices choices;

    ColumnChooser(InquiryGrid grid, GridColumnChoices choices) {
        this.grid = grid;
        this.choices = choices;
        setIcon(VaadinIcon.COG_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("column-chooser");
        menu.setTarget(this);
        menu.setOpenOnClick(true);
        grid.showColumns(choices.hidden(GRID).orElse(InquiryGrid.HIDDEN_BY_DEFAULT));
    }

    /** Makes the menu's items, once, each ticked when its column is shown. */
    void fill() {
        if (!items.isEmpty()) {
            return;
        }
        grid.choosableColumns().forEach(key -> {
            MenuItem item = menu.addItem(grid.header(key), click -> toggle(key));
            item.setCheckable(true);
            item.setKeepOpen(true);
            items.put(key, item);
        });
        showChecks();
    }

    /** Shows the column if hidden, hides it if shown, and keeps that for the person. */
    void toggle(String key) {
        Set<String> hidden = new HashSet<>(grid.hiddenColumns());
        if (!hidden.remove(key)) {
            hidden.add(key);
        }
        grid.showColumns(hidden);
        choices.hide(GRID, hidden);
        showChecks();
    }

    private void showChecks() {
        items.forEach((key, item) -> item.setChecked(!grid.hiddenColumns().contains(key)));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setText(getTranslation("grid.columns"));
        items.forEach((key, item) -> item.setText(grid.header(key)));
    }
}
