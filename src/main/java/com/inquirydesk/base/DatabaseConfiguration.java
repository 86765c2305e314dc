package com.inquirydesk.base;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Makes the {@link Database} the app runs on known to the classes whose statements depend on it. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    Database database(DataSource dataSource) throws MetaDataAccessException {
        return Database.of(dataSource);
    }
}
