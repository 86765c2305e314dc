package com.inquirydesk.base;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The database the app runs on, asked once at start, for the few statements and indexes that differ between the
 * two it supports. Anything that is not PostgreSQL is taken for H2.
 */
public enum Database {
    POSTGRESQL,
    H2;

    /** The database behind the data source, from its product name. */
    public static Database of(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return "PostgreSQL".equals(product) ? POSTGRESQL : H2;
    }
}
