package com.inquirydesk.notification.mailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a reply into what the client wrote now and the earlier mail quoted below it, so that a timeline shows
 * the answer and folds the history away. It cuts at a line that starts the quote in English or Chinese mailers;
 * it never drops text, and a mail with nothing above such a line (a plain forward) stays whole.
 */
final class QuoteFolding {

    /** The new text and the quoted earlier text, which is null when nothing was folded. */
    record Folded(String text, @Nullable String quoted) {}

    private static final int MAX_ATTRIBUTION = 250;
    private static final Pattern ON_WROTE_START = Pattern.compile("^On\\s.*");
    private static final Pattern ON_WROTE = Pattern.compile("^On\\s.{1,250}\\swrote\\s?:$", Pattern.DOTALL);
    private static final Pattern WROTE_ZH = Pattern.compile("^.{0,250}写道\\s?[:：]$", Pattern.DOTALL);
    private static final Pattern ZH_START = Pattern.compile("^在.*");
    private static final Pattern BANNER = Pattern.compile("^-{2,}\\s*(原始邮件|(?i:original message))\\s*-{2,}$");
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\*?(From|发件人)\\*?\\s*[:：].*");
    private static final Pattern OUTLOOK_SENT = Pattern.compile("^\\*?(Sent|发送时间|Date|日期)\\*?\\s*[:：].*");
    private static final Pattern RULE = Pattern.compile("^[_\\-]{5,}$");

    private QuoteFolding() {}

    /** The text cut at the first quote marker, or whole when there is none or nothing new comes before it. */
    static Folded split(String text) {
        List<Line> lines = lines(text);
        int cut = firstCut(lines);
        if (cut < 0) {
            return new Folded(text, null);
        }
        int offset = lines.get(cut).start;
        String fresh = text.substring(0, offset).stripTrailing();
        String quoted = text.substring(offset).strip();
        if (fresh.isBlank() || quoted.isEmpty()) {
            return new Folded(text, null);
        }
        return new Folded(fresh, quoted);
    }

    private static int firstCut(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trimmed;
            if (isAttribution(line)) {
                return i;
            }
            if (i + 1 < lines.size() && isWrappedAttribution(line, lines.get(i + 1).trimmed)) {
                return i;
            }
            if (BANNER.matcher(line).matches()) {
                return i;
            }
            if (OUTLOOK_FROM.matcher(line).matches() && sentFollows(lines, i)) {
                return i > 0 && RULE.matcher(lines.get(i - 1).trimmed).matches() ? i - 1 : i;
            }
        }
        return trailingQuote(lines);
    }

    private static boolean isAttribution(String line) {
        return line.length() <= MAX_ATTRIBUTION
                && (ON_WROTE.matcher(line).matches() || WROTE_ZH.matcher(line).matches());
    }

    /** Mailers wrap a long "On …, Name <address> wrote:" over two lines. */
    private static boolean isWrappedAttribution(String line, String next) {
        if (line.isEmpty() || next.isEmpty() || line.length() + next.length() > MAX_ATTRIBUTION) {
            return false;
        }
        if (!ON_WROTE_START.matcher(line).matches() && !ZH_START.matcher(line).matches()) {
            return false;
        }
        return isAttribution(line + " " + next);
    }

    private static boolean sentFollows(List<Line> lines, int from) {
        for (int i = from + 1; i < lines.size() && i <= from + 4; i++) {
            if (OUTLOOK_SENT.matcher(lines.get(i).trimmed).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The start of a run of "&gt;" lines (blank lines allowed within) that reaches the end of the text. */
    private static int trailingQuote(List<Line> lines) {
        int start = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).trimmed;
            if (line.startsWith(">")) {
                start = i;
            } else if (!line.isEmpty()) {
                break;
            }
        }
        return start;
    }

    private static List<Line> lines(String text) {
        var lines = new ArrayList<Line>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(new Line(start, text.substring(start, end).strip()));
            start = end + 1;
        }
        return lines;
    }

    private record Line(int start, String trimmed) {}
}
