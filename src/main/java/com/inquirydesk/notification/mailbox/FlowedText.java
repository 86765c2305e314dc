package com.inquirydesk.notification.mailbox;

/**
 * Joins the soft line breaks of {@code format=flowed} text (RFC 3676), which Thunderbird and Apple Mail send:
 * their paragraphs arrive cut at 72 characters, and a timeline should show them as the writer typed them.
 */
final class FlowedText {

    private FlowedText() {}

    /**
     * The text with each flowed line (one ending in a space) joined to the next line of the same quote depth,
     * space-stuffing removed; quoted lines are written back as {@code "> "} per level.
     */
    static String unflow(String text, boolean delSp) {
        var out = new StringBuilder(text.length());
        var paragraph = new StringBuilder();
        int paragraphDepth = -1;
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (String raw : lines) {
            int depth = 0;
            while (depth < raw.length() && raw.charAt(depth) == '>') {
                depth++;
            }
            String line = raw.substring(depth);
            if (line.startsWith(" ")) {
                line = line.substring(1);
            }
            if (paragraphDepth >= 0 && depth != paragraphDepth) {
                end(out, paragraph, paragraphDepth);
            }
            boolean flowed = line.endsWith(" ") && !line.equals("-- ");
            paragraph.append(flowed && delSp ? line.substring(0, line.length() - 1) : line);
            paragraphDepth = depth;
            if (!flowed) {
                end(out, paragraph, depth);
                paragraphDepth = -1;
            }
        }
        if (paragraphDepth >= 0) {
            end(out, paragraph, paragraphDepth);
        }
        if (!out.isEmpty()) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static void end(StringBuilder out, StringBuilder paragraph, int depth) {
        if (depth > 0) {
            out.append(">".repeat(depth)).append(paragraph.isEmpty() ? "" : " ");
        }
        out.append(paragraph).append('\n');
        paragraph.setLength(0);
    }
}
