package com.inquirydesk.inquiry;

import com.inquirydesk.base.FieldViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Which files an inquiry may carry: at most a few, none empty or over the size limit, and each one of the
 * allowed types (PDF, images, Office documents, plain text) as its bytes show, not as its name or the
 * browser claim. The name's extension must agree with the bytes, so an executable renamed to {@code .pdf}
 * is refused. The type stored and served back is the one the bytes showed.
 */
final class AttachmentRules {

    static final String FIELD = "attachments";
    static final int FILE_NAME_MAX_LENGTH = 255;
    /** How many zip entries an Office document is searched for its parts; real ones have far fewer. */
    private static final int MAX_ZIP_ENTRIES = 10_000;

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
    record Accepted(String fileName, String contentType, byte[] content) {}

    /**
     * Checks the files of one inquiry; every refusal names the file.
     *
     * @param violations receives a violation per refused file, or one for too many files
     */
    static List<Accepted> check(
            List<AttachmentUpload> uploads, int maxFiles, long maxBytes, List<FieldViolation> violations) {
        if (uploads.size() > maxFiles) {
            violations.add(new FieldViolation(FIELD, "attachment.tooMany", maxFiles));
            return List.of();
        }
        return uploads.stream()
                .map(upload -> check(upload, maxBytes, violations))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Checks one file; the reason of a refusal goes to {@code violations}. */
    static Optional<Accepted> check(AttachmentUpload upload, long maxBytes, List<FieldViolation> violations) {
        String name = fileName(upload.fileName());
        byte[] content = upload.content();
        String refusal = null;
        Object[] arguments = {name};
        if (content.length == 0) {
            refusal = "attachment.empty";
        } else if (content.length > maxBytes) {
            refusal = "attachment.tooLarge";
            arguments = new Object[] {name, maxBytes / (1024 * 1024)};
        } else if (!matches(extension(name), content)) {
            refusal = "attachment.type";
        }
        if (refusal != null) {
            violations.add(new FieldViolation(FIELD, refusal, arguments));
            return Optional.empty();
        }
        return Optional.of(new Accepted(name, TYPES.get(extension(name)), content));
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

    /** Whether the bytes are a file of the type the extension names. */
    private static boolean matches(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, PDF);
            case "png" -> startsWith(content, PNG);
            case "jpg", "jpeg" -> startsWith(content, JPEG);
            case "gif" -> startsWith(content, GIF87) || startsWith(content, GIF89);
            case "webp" -> startsWith(content, RIFF) && content.length >= 12 && regionIs(content, 8, WEBP);
            case "docx", "xlsx", "pptx" -> startsWith(content, ZIP) && isOfficeDocument(content, extension);
            case "doc", "xls", "ppt" -> startsWith(content, OLE2);
            case "txt", "csv" -> isPlainText(content);
            default -> false;
        };
    }

    /** An Office Open XML file: a zip with a content-types part and the part folder of its kind. */
    private static boolean isOfficeDocument(byte[] content, String extension) {
        String partFolder = OOXML_PARTS.get(extension);
        boolean contentTypes = false;
        boolean parts = false;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                parts |= entry.getName().startsWith(partFolder);
                if (contentTypes && parts) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
        return false;
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
