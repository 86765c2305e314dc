package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.inquiry.domain.AttachmentInfo;
import com.inquirydesk.inquiry.triage.TriageService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;

/** The client's files, each a download of the bytes as they arrived, with the type they were checked as. */
class AttachmentList extends Div {

    AttachmentList(List<AttachmentInfo> files, TriageService triage, InquiryLabels labels) {
        addClassName("attachments");
        add(new H3(getTranslation("detail.attachments")));
        var list = new UnorderedList();
        for (AttachmentInfo file : files) {
            var link = new Anchor(
                    (DownloadHandler) download -> {
                        byte[] content = triage.attachmentContent(file.id());
                        download.setFileName(file.fileName());
                        download.setContentType(file.contentType());
                        download.setContentLength(content.length);
                        download.getOutputStream().write(content);
                    },
                    file.fileName());
            link.addClassName("attachment-link");
            list.add(new ListItem(link, new Span(" (" + labels.fileSize(file.size()) + ")")));
        }
        add(list);
    }
}
