package com.inquirydesk.inquiry.intake;

import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.inquiry.AttachmentUpload;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Which files an inquiry may carry: at most a few, none empty or over the size limit, and each one of the
 * allowed types (PDF, images, Office documents, plain text) as its bytes show, not as its name or the
 * browser claim. The name's extension must agree with the bytes, so an executable renamed to {@code .pdf}
 * is refused. The type stored and served back is the one the bytes showed. Sizes are checked first, with the
 * fields; files are looked into only once everything else passed, and zip-based ones within bounds
 * ({@link OfficeArchive}).
 */
public final class AttachmentRules {

    static final String FIELD = "attachments";
    static final int FILE_NAME_MAX_LENGTH = 255;

    /** The allowed types: content type by extension. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("doc", "application/msword"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"));

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final Map<String, String> OOXML_PARTS = Map.of("docx", "word/", "xlsx", "xl/", "pptx", "ppt/");

    private AttachmentRules() {}

    /** A file that passed: its cleaned name and the type its bytes showed. */
    record Accepted(String fileName, String contentType, byte[] content) {

        /** The SHA-256 of the bytes, in hex, as the attachment row keeps it. */
        String sha256() {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }
    }

    /**
     * The checks that need no look inside a file: how many files there are, and none empty or over the size
     * limit. They run with the field checks, before any file is opened.
     *
     * @param violations receives a violation per refused file, or one for too many files
     */
    static void checkSizes(
            List<AttachmentUpload> uploads, int maxFiles, long maxBytes, List<FieldViolation> violations) {
        if (uploads.size() > maxFiles) {
            violations.add(new FieldViolation(FIELD, "attachment.tooMany", maxFiles));
            return;
        }
        for (AttachmentUpload upload : uploads) {
            String name = fileName(upload.fileName());
            if (upload.content().length == 0) {
                violations.add(new FieldViolation(FIELD, "attachment.empty", name));
            } else if (upload.content().length > maxBytes) {
                violations.add(new FieldViolation(FIELD, "attachment.tooLarge", name, maxBytes / (1024 * 1024)));
            }
        }
    }

    /**
     * Looks into files that passed {@link #checkSizes}: each must be of an allowed type as its bytes show, and a
     * zip-based one is opened within {@link OfficeArchive.Bounds#ATTACHMENTS}. Every refusal names the file.
     *
     * @param unpacked told the bytes unpacked from each zip-based file
     */
    static List<Accepted> checkContents(
            List<AttachmentUpload> uploads, List<FieldViolation> violations, LongConsumer unpacked) {
        return uploads.stream()
                .map(upload -> checkContent(upload, violations, unpacked))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Looks into one file; the reason of a refusal goes to {@code violations}. */
    static Optional<Accepted> checkContent(
            AttachmentUpload upload, List<FieldViolation> violations, LongConsumer unpacked) {
        String name = fileName(upload.fileName());
        String extension = extension(name);
        String refusal = refusal(extension, upload.content(), unpacked);
        if (refusal != null) {
            violations.add(new FieldViolation(FIELD, refusal, name));
            return Optional.empty();
        }
        return Optional.of(new Accepted(name, TYPES.get(extension), upload.content()));
    }

    /** The name without any path, control or bidirectional characters, at most 255 characters long. */
    static String fileName(String raw) {
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var kept = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .filter(c -> "\"<>:|?*".indexOf(c) < 0)
                .forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
            cleaned = "file";
        }
        if (cleaned.length() > FILE_NAME_MAX_LENGTH) {
            String extension = extension(cleaned);
            cleaned = cleaned.substring(0, FILE_NAME_MAX_LENGTH - extension.length() - 1) + "." + extension;
        }
        return cleaned;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Why the bytes are not a file of the type the extension names, or null when they are. */
    private static @Nullable String refusal(String extension, byte[] content, LongConsumer unpacked) {
        if (OOXML_PARTS.containsKey(extension)) {
            if (!startsWith(content, ZIP)) {
                return "attachment.type";
            }
            var inspection =
                    OfficeArchive.inspect(content, OOXML_PARTS.get(extension), OfficeArchive.Bounds.ATTACHMENTS);
            unpacked.accept(inspection.unpackedBytes());
            if (inspection.verdict().exceedsBounds()) {
                return "attachment.unpacksTooLarge";
            }
            return inspection.verdict() == OfficeArchive.Verdict.OFFICE_DOCUMENT ? null : "attachment.type";
        }
        boolean matches = switch (extension) {
            case "pdf" -> startsWith(content, PDF);
            case "png" -> startsWith(content, PNG);
            case "jpg", "jpeg" -> startsWith(content, JPEG);
            case "gif" -> startsWith(content, GIF87) || startsWith(content, GIF89);
            case "webp" -> startsWith(content, RIFF) && content.length >= 12 && regionIs(content, 8, WEBP);
            case "doc", "xls", "ppt" -> startsWith(content, OLE2);
            case "txt", "csv" -> isPlainText(content);
            default -> false;
        };
        return matches ? null : "attachment.type";
    }

    /** Text in UTF-8 (with or without a byte order mark) with no control characters but tabs and line ends. */
    private static boolean isPlainText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && regionIs(content, 0, prefix);
    }

    private static boolean regionIs(byte[] content, int offset, byte[] expected) {
        return Arrays.equals(content, offset, offset + expected.length, expected, 0, expected.length);
    }

    /** The accept list for browsers: a hint only, the server checks the bytes. */
    static Set<String> acceptedExtensions() {
        var extensions = new HashSet<String>();
        TYPES.keySet().forEach(extension -> extensions.add("." + extension));
        return extensions;
    }
}
