package com.inquirydesk.base.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A Lucene index of the n-grams (one, two and three characters) of each row's searched text, lower case. Any
 * text a field contains has all its grams in that row's document, so the documents holding a searched text's
 * grams are a superset of the rows that contain it: candidates for the search's own {@code like} check.
 * Chinese needs no word breaking this way, and a part of a word is found as well as a whole one.
 */
public final class GramIndex implements Closeable {

    /** Between two fields in an indexed text: no gram spans it, and no searched text contains it. */
    public static final char SEPARATOR = '\u001f';

    private static final String KEY = "key";
    private static final String ID = "id";
    private static final String GRAMS = "grams";
    /** A long searched text is narrowed by this many of its trigrams; the {@code like} checks the rest. */
    private static final int QUERY_GRAMS_MAX = 24;
    /** Which documents hold a gram, nothing else: no positions, frequencies or norms. */
    private static final FieldType GRAMS_TYPE = gramsType();

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean created;

    public GramIndex(Directory directory) {
        try {
            created = !DirectoryReader.indexExists(directory);
            writer = new IndexWriter(
                    directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            if (created) {
                writer.commit();
            }
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index", e);
        }
    }

    /** The files of an index in this folder, or in memory when the path is blank (the tests' in-memory databases). */
    public static Directory files(String folder) throws IOException {
        return folder.isBlank() ? new ByteBuffersDirectory() : FSDirectory.open(Path.of(folder));
    }

    /** Whether the index was new when opened: it holds nothing of what the database holds. */
    public boolean created() {
        return created;
    }

    /**
     * Whether an index may narrow the search for this text: the indexes cut their texts at control characters
     * (U+001F between fields, and PostgreSQL's pairs at U+001E), so a text holding one is searched field by field.
     */
    public static boolean narrowable(String lowered) {
        return !lowered.isEmpty() && lowered.chars().noneMatch(Character::isISOControl);
    }

    /** The searched fields as one indexed text: lower case, {@link #SEPARATOR} between them. */
    public static String text(Stream<String> fields) {
        return fields.map(field -> field == null ? "" : field.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(String.valueOf(SEPARATOR)));
    }

    /** Indexes the row's text in place of what it had; visible to searches after {@link #commit}. */
    public void put(long id, String text) throws IOException {
        var document = new Document();
        document.add(new StringField(KEY, Long.toString(id), Field.Store.NO));
        document.add(new NumericDocValuesField(ID, id));
        document.add(new Field(GRAMS, new GramTokens(grams(text)), GRAMS_TYPE));
        writer.updateDocument(new Term(KEY, Long.toString(id)), document);
    }

    public void remove(long id) throws IOException {
        writer.deleteDocuments(new Term(KEY, Long.toString(id)));
    }

    /** Makes the changes durable and visible to the next {@link #candidates}. */
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * The ids of the rows whose text may contain {@code lowered}: every row that does is among them.
     * Empty when the index cannot narrow the search to {@code max} rows (more hold the text's grams), or
     * when the text is not {@link #narrowable}.
     */
    public Optional<List<Long>> candidates(String lowered, int max) throws IOException {
        if (!narrowable(lowered)) {
            return Optional.empty();
        }
        var query = new BooleanQuery.Builder();
        queryGrams(lowered)
                .forEach(gram -> query.add(new TermQuery(new Term(GRAMS, gram)), BooleanClause.Occur.FILTER));
        IndexSearcher searcher = searchers.acquire();
        try {
            ScoreDoc[] hits = searcher.search(new ConstantScoreQuery(query.build()), max + 1).scoreDocs;
            if (hits.length > max) {
                return Optional.empty();
            }
            return Optional.of(ids(searcher, hits));
        } finally {
            searchers.release(searcher);
        }
    }

    private static List<Long> ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Arrays.sort(hits, Comparator.comparingInt(hit -> hit.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Long> ids = new ArrayList<>(hits.length);
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        NumericDocValues values = null;
        for (ScoreDoc hit : hits) {
            int at = ReaderUtil.subIndex(hit.doc, leaves);
            if (at != leafIndex) {
                leafIndex = at;
                leaf = leaves.get(at);
                values = leaf.reader().getNumericDocValues(ID);
            }
            if (values != null && values.advanceExact(hit.doc - leaf.docBase)) {
                ids.add(values.longValue());
            }
        }
        return ids;
    }

    /** The grams a document holds: every one, two and three characters in a row within one field. */
    static Set<String> grams(String text) {
        Set<String> grams = new LinkedHashSet<>();
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + 1; end <= Math.min(text.length(), start + 3); end++) {
                if (text.charAt(end - 1) == SEPARATOR) {
                    break;
                }
                grams.add(text.substring(start, end));
            }
        }
        return grams;
    }

    /** The grams a text's documents must all hold: itself when shorter than three, else its trigrams. */
    static Set<String> queryGrams(String lowered) {
        if (lowered.length() < 3) {
            return Set.of(lowered);
        }
        Set<String> grams = new LinkedHashSet<>();
        for (int start = 0; start + 3 <= lowered.length() && grams.size() < QUERY_GRAMS_MAX; start++) {
            grams.add(lowered.substring(start, start + 3));
        }
        return grams;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    private static FieldType gramsType() {
        var type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** Hands the grams to the index as they are: the text is cut up already. */
    private static final class GramTokens extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final Iterator<String> grams;

        GramTokens(Set<String> grams) {
            this.grams = grams.iterator();
        }

        @Override
        public boolean incrementToken() {
            if (!grams.hasNext()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(grams.next());
            return true;
        }
    }
}
