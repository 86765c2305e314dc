package com.inquirydesk.inquiry.triage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.inquirydesk.ViewTest;
import com.inquirydesk.inquiry.AttachmentUpload;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AttachmentDownloadIT extends ViewTest {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TEXT = "规格：纯度 99.95%\n数量：5 吨\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    IntakeService intake;

    @Test
    void sales_staff_download_each_file_as_it_arrived_and_see_it_in_the_timeline() {
        String reference = intake.submit(
                        new InquiryRequest(
                                "周伟",
                                null,
                                "zhou-" + UUID.randomUUID() + "@example.cn",
                                null,
                                null,
                                "high-purity-iron",
                                "高纯铁询价",
                                "附件为规格书。",
                                "zh",
                                true,
                                null),
                        IntakeContext.api("10.50.0.1"),
                        List.of(new AttachmentUpload("规格书.pdf", PDF), new AttachmentUpload("要求.txt", TEXT)))
                .reference();
        login(newStaff("SALES"));

        UI.getCurrent().navigate("inquiries/" + reference);

        var links = _find(Anchor.class, spec -> spec.withClasses("attachment-link"));
        assertThat(links).extracting(Anchor::getText).containsExactly("规格书.pdf", "要求.txt");
        assertThat(DownloadKt._download(links.get(0))).isEqualTo(PDF);
        assertThat(DownloadKt._download(links.get(1))).isEqualTo(TEXT);
        assertThat(_find(ListItem.class, spec -> spec.withClasses("timeline-attachment")))
                .extracting(item -> item.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("规格书.pdf"))
                .anySatisfy(text -> assertThat(text).contains("要求.txt"));
        assertThat(_get(InquiryDetailView.class)).isNotNull();
    }
}
