package com.inquirydesk.contact;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's download: one zip with {@code personal-data.json} (every section the modules add, in a
 * machine-readable form to take elsewhere) and the files they sent, under {@code files/}. Files are written as
 * they are added; the JSON last.
 */
public final class PersonalDataArchive implements AutoCloseable {

    static final String DATA = "personal-data.json";
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ZipOutputStream zip;
    private final Map<String, Object> sections = new LinkedHashMap<>();

    PersonalDataArchive(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /** A part of the JSON: plain values, lists, maps and records. */
    public void section(String name, Object content) {
        sections.put(name, content);
    }

    /** A file the client sent, at {@code files/<path>}. */
    public void file(String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry("files/" + path));
        zip.write(content);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.putNextEntry(new ZipEntry(DATA));
        zip.write(JSON.writeValueAsBytes(sections));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }
}
