package com.inquirydesk.inquiry.search;

import com.inquirydesk.base.Database;
import com.inquirydesk.base.search.GramIndex;
import com.inquirydesk.inquiry.domain.TextSearch;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The text search the database calls for, chosen when the app starts: PostgreSQL indexes the text itself, H2 gets
 * a Lucene index in {@code inquiry.search.directory} (in memory when that is empty, as for the tests' in-memory
 * databases).
 */
@Configuration(proxyBeanMethods = false)
class TextSearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TextSearchConfiguration.class);

    @Bean
    TextSearch textSearch(
            Database database,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            @Value("${inquiry.search.directory:}") String directory)
            throws IOException {
        if (database == Database.POSTGRESQL) {
            warnWithoutChineseTrigrams(jdbc);
            return new PostgresTextSearch(jdbc);
        }
        return LuceneTextSearch.in(GramIndex.files(directory), jdbc, transaction);
    }

    /**
     * pg_trgm makes trigrams of letters alone, and what a letter is comes from the database's {@code LC_CTYPE}: in
     * the C locale, Chinese characters are none. The search still finds them, by reading every row.
     */
    private static void warnWithoutChineseTrigrams(JdbcClient jdbc) {
        int trigrams = jdbc.sql("select cardinality(show_trgm('坩埚炉'))")
                .query(Integer.class)
                .single();
        if (trigrams == 0) {
            log.warn("The database's LC_CTYPE makes no trigrams of Chinese characters: searches for Chinese text"
                    + " read every inquiry. Create the database with a UTF-8 LC_CTYPE (README, PostgreSQL).");
        }
    }
}
