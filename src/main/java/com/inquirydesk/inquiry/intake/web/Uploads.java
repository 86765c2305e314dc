package com.inquirydesk.inquiry.intake.web;

import com.inquirydesk.inquiry.AttachmentUpload;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The files of a multipart body as the intake takes them, for the public form and the API alike. */
final class Uploads {

    private Uploads() {}

    /**
     * The files that were chosen. A file input left empty still sends one part, without a name and without
     * content: that is no file.
     */
    static List<AttachmentUpload> of(Collection<MultipartFile> parts) throws IOException {
        var uploads = new ArrayList<AttachmentUpload>();
        for (MultipartFile part : parts) {
            String name = part.getOriginalFilename();
            if ((name == null || name.isEmpty()) && part.isEmpty()) {
                continue;
            }
            uploads.add(new AttachmentUpload(name == null ? "" : name, part.getBytes()));
        }
        return uploads;
    }
}
