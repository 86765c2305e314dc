package com.inquirydesk.inquiry.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip files made in the tests: small Office-shaped ones, and bombs of zeros that unpack far beyond their size. */
public final class Zips {

    public static final int MEGABYTE = 1024 * 1024;

    private Zips() {}

    /** A zip of the named entries, in this order, each holding a little XML. */
    public static byte[] zip(String... entries) {
        var contents = new LinkedHashMap<String, byte[]>();
        for (String entry : entries) {
            contents.put(entry, "<xml/>".getBytes(StandardCharsets.UTF_8));
        }
        return zip(contents);
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A {@code .docx} whose first part is {@code megabytes} of zeros, before its content types: 150 MB pack into
     * about 700 KB (deflate's fastest level, about a third of a second to make).
     */
    public static byte[] docxOfZeros(int megabytes) {
        return docxOfZeros(1, megabytes);
    }

    /** A {@code .docx} of {@code parts} parts of {@code megabytesEach} zeros each, before its content types. */
    public static byte[] docxOfZeros(int parts, int megabytesEach) {
        var bytes = new ByteArrayOutputStream();
        byte[] zeros = new byte[MEGABYTE];
        try (var zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (int part = 0; part < parts; part++) {
                zip.putNextEntry(new ZipEntry("word/part" + part + ".xml"));
                for (int i = 0; i < megabytesEach; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
