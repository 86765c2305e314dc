package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.base.Language;
import com.inquirydesk.base.ui.IsoDates;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.staff.StaffMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The inquiry grid's filter fields: the search, the product line, the assignee, the priority, the language, the
 * dates received and overdue only, and Clear filters while a filter is set. Each change a person makes is told
 * as the grid's filter with that field changed; on a phone the bar is folded away until opened.
 */
class FilterBar extends Div implements LocaleChangeObserver {

    /** The bar's id, which the phone's Filters button names as what it opens. */
    static final String ID = "inquiry-filters";

    final TextField search = new TextField();
    final ComboBox<ProductLineSummary> productLine = new ComboBox<>();
    // combo boxes with a clear button, like the product line (a select also keeps a component per option)
    final ComboBox<String> assignee = new ComboBox<>();
    final ComboBox<Priority> priority = new ComboBox<>();
    final ComboBox<Language> language = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Checkbox overdue = new Checkbox();
    /** Made when a filter is first set, and shown while one is: with none set there is nothing to clear. */
    @Nullable
    Button clear;

    private final InquiryLabels labels;
    private final Runnable clearAll;

    /**
     * @param filter the grid's filter as it is now
     * @param changed told the grid's filter with the field a person changed
     * @param clearAll clears every filter, the status too
     */
    FilterBar(
            InquiryLabels labels, Supplier<InquiryFilter> filter, Consumer<InquiryFilter> changed, Runnable clearAll) {
        this.labels = labels;
        this.clearAll = clearAll;
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(InquiryFilter.TEXT_MAX_LENGTH);
        search.addValueChangeListener(change -> changed.accept(filter.get().withText(change.getValue())));
        productLine.setItems(labels.activeProductLines());
        productLine.setClearButtonVisible(true);
        productLine.addValueChangeListener(change -> changed.accept(filter.get()
                .withProductLine(
                        change.getValue() == null ? null : change.getValue().id())));
        List<String> assignees = new ArrayList<>(List.of(InquiryFilter.ME, InquiryFilter.UNASSIGNED));
        labels.staff().forEach(member -> assignees.add(member.username()));
        assignee.setItems(assignees);
        assignee.setClearButtonVisible(true);
        assignee.addValueChangeListener(change -> changed.accept(filter.get().withAssignee(change.getValue())));
        priority.setItems(Priority.values());
        priority.setClearButtonVisible(true);
        priority.addValueChangeListener(change -> changed.accept(filter.get().withPriority(change.getValue())));
        language.setItems(Language.values());
        language.setClearButtonVisible(true);
        language.addValueChangeListener(change -> changed.accept(filter.get().withLanguage(change.getValue())));
        IsoDates.showIn(from, to);
        from.addValueChangeListener(
                change -> changed.accept(filter.get().withReceived(change.getValue(), to.getValue())));
        to.addValueChangeListener(
                change -> changed.accept(filter.get().withReceived(from.getValue(), change.getValue())));
        overdue.addValueChangeListener(change -> changed.accept(filter.get().withOverdueOnly(change.getValue())));
        add(search, productLine, assignee, priority, language, from, to, overdue);
        addClassName("filter-bar");
        setId(ID);
    }

    /** Puts the filter into the fields; the caller ignores what the fields tell meanwhile. */
    void show(InquiryFilter filter) {
        search.setValue(filter.text());
        productLine.setValue(
                filter.productLineId() == null
                        ? null
                        : labels.activeProductLines().stream()
                                .filter(line -> filter.productLineId().equals(line.id()))
                                .findFirst()
                                .orElse(null));
        assignee.setValue(filter.assignee());
        priority.setValue(filter.priority());
        language.setValue(filter.language());
        from.setValue(filter.receivedFrom());
        to.setValue(filter.receivedTo());
        overdue.setValue(filter.overdueOnly());
    }

    /** Offers Clear filters while this filter sets anything. */
    void showClear(InquiryFilter filter) {
        boolean any = !filter.equals(InquiryFilter.all());
        if (any && clear == null) {
            clear = new Button(getTranslation("filter.clear"), click -> clearAll.run());
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(clear);
        }
        if (clear != null) {
            clear.setVisible(any);
        }
    }

    boolean isOpen() {
        return hasClassName("open");
    }

    /** Opens or folds the bar on a phone; elsewhere it shows either way. */
    void setOpen(boolean open) {
        setClassName("open", open);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        search.setLabel(getTranslation("filter.searchLabel"));
        search.setPlaceholder(getTranslation("filter.search"));
        search.setAriaLabel(getTranslation("filter.search"));
        productLine.setLabel(getTranslation("filter.productLine"));
        productLine.setPlaceholder(getTranslation("filter.any"));
        productLine.setItemLabelGenerator(line -> line.name(Language.of(event.getLocale())));
        assignee.setLabel(getTranslation("filter.assignee"));
        assignee.setPlaceholder(getTranslation("filter.assignee.anyone"));
        assignee.setItemLabelGenerator(value -> switch (value) {
            case InquiryFilter.ME -> getTranslation("filter.assignee.me");
            case InquiryFilter.UNASSIGNED -> getTranslation("filter.assignee.none");
            default ->
                labels.staff().stream()
                        .filter(member -> member.username().equals(value))
                        .map(StaffMember::displayName)
                        .findFirst()
                        .orElse(value);
        });
        priority.setLabel(getTranslation("filter.priority"));
        priority.setPlaceholder(getTranslation("filter.any"));
        priority.setItemLabelGenerator(labels::priority);
        language.setLabel(getTranslation("filter.language"));
        language.setPlaceholder(getTranslation("filter.any"));
        language.setItemLabelGenerator(value -> value == Language.ZH ? "中文" : "English");
        from.setLabel(getTranslation("filter.from"));
        to.setLabel(getTranslation("filter.to"));
        overdue.setLabel(getTranslation("filter.overdue"));
        if (clear != null) {
            clear.setText(getTranslation("filter.clear"));
        }
    }
}
