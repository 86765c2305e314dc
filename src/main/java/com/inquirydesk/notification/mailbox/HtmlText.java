package com.inquirydesk.notification.mailbox;

import com.inquirydesk.notification.mailbox.QuoteFolding.Folded;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTML mail as plain text, and splits off the earlier mail that webmailers quote in a container of
 * their own (Gmail, Outlook, 163, QQ, Apple Mail), which is more reliable than looking for a line in the text.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "center",
            "dd",
            "details",
            "dir",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "li",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "thead",
            "tfoot",
            "tr",
            "ul");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "table");
    private static final Pattern QQ_BANNER = Pattern.compile("^\\s*-{2,}\\s*原始邮件\\s*-{2,}\\s*$");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{4,}");

    private HtmlText() {}

    /** The text of the whole document, without splitting off any quote. */
    static String text(String html) {
        return render(parse(html), null, false).text();
    }

    /**
     * The text, and the quoted earlier mail when the document has a quote container and something new outside
     * it. A container (blockquote, Gmail's {@code div.gmail_quote}, 163's {@code #isReplyContent}) is quoted
     * itself; from a marker (Outlook's {@code #divRplyFwdMsg} or {@code #appendonsend}, QQ's "原始邮件" banner)
     * on, everything to the end is quoted.
     */
    static Folded split(String html) {
        Document document = parse(html);
        Element quote = firstQuote(document);
        if (quote == null) {
            return new Folded(render(document, null, false).text(), null);
        }
        Folded folded = render(document, quote, isMarker(quote));
        if (folded.text().isBlank()
                || folded.quoted() == null
                || folded.quoted().isBlank()) {
            return new Folded(render(document, null, false).text(), null);
        }
        return folded;
    }

    private static Document parse(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title, noscript, template, xml").remove();
        return document;
    }

    private static @Nullable Element firstQuote(Document document) {
        for (Element element : document.body().getAllElements()) {
            if (isContainer(element) || isMarker(element)) {
                return element;
            }
        }
        return null;
    }

    private static boolean isContainer(Element element) {
        return element.nameIs("blockquote")
                || element.id().equals("isReplyContent")
                || (element.nameIs("div") && element.hasClass("gmail_quote"));
    }

    private static boolean isMarker(Element element) {
        return element.id().equals("divRplyFwdMsg")
                || element.id().equals("appendonsend")
                || (element.nameIs("div")
                        && QQ_BANNER
                                .matcher(element.text().replace('\u00A0', ' '))
                                .matches());
    }

    private static Folded render(Document document, @Nullable Element quote, boolean toTheEnd) {
        var visitor = new Writer(quote, toTheEnd);
        NodeTraversor.traverse(visitor, document.body());
        String quoted = visitor.quoted.length() == 0 ? null : tidy(visitor.quoted);
        return new Folded(tidy(visitor.fresh), quoted);
    }

    private static String tidy(StringBuilder text) {
        var lines = new StringBuilder(text.length());
        for (String line : text.toString().split("\n", -1)) {
            lines.append(line.stripTrailing()).append('\n');
        }
        return BLANK_RUNS.matcher(lines).replaceAll("\n\n\n").strip();
    }

    /** Writes text nodes and line breaks into the new or the quoted text, depending on where it is. */
    private static final class Writer implements NodeVisitor {
        final StringBuilder fresh = new StringBuilder();
        final StringBuilder quoted = new StringBuilder();
        final @Nullable Element quote;
        final boolean toTheEnd;
        StringBuilder out = fresh;
        int preDepth;

        Writer(@Nullable Element quote, boolean toTheEnd) {
            this.quote = quote;
            this.toTheEnd = toTheEnd;
        }

        @Override
        public void head(Node node, int depth) {
            if (node == quote) {
                out = quoted;
            }
            if (node instanceof TextNode text) {
                write(text);
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("br")) {
                    out.append('\n');
                } else if (name.equals("pre")) {
                    preDepth++;
                    lineBreak();
                } else if (BLOCKS.contains(name)) {
                    lineBreak();
                    if (name.equals("li")) {
                        out.append("- ");
                    }
                } else if (name.equals("td") || name.equals("th")) {
                    if (!atLineStart()) {
                        out.append(' ');
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("pre")) {
                    preDepth--;
                }
                if (BLOCKS.contains(name)) {
                    lineBreak();
                    if (PARAGRAPHS.contains(name)) {
                        out.append('\n');
                    }
                }
            }
            if (node == quote && !toTheEnd) {
                lineBreak();
                out = fresh;
            }
        }

        private void write(TextNode node) {
            String text = node.getWholeText();
            if (preDepth == 0) {
                text = text.replaceAll("[ \\t\\r\\n\\f]+", " ");
                if (atLineStart() && text.startsWith(" ")) {
                    text = text.substring(1);
                }
            } else {
                text = text.replace("\r\n", "\n");
            }
            out.append(text.replace('\u00A0', ' '));
        }

        private boolean atLineStart() {
            return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        }

        private void lineBreak() {
            if (!atLineStart()) {
                out.append('\n');
            }
        }
    }
}
