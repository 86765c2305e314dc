package com.inquirydesk.base.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.io.InputDecorator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Makes the JSON the API reads mean one thing only: no value is converted into another type ({@code "name": 123},
 * {@code "consent": 1} and {@code "consent": "true"} are refused), a property given twice is refused instead of
 * the last one winning, and the body must be well-formed UTF-8. Spring MVC reads request bodies and the JSON part
 * of multipart requests with this mapper; {@code ApiExceptionHandler} names the field in the answer.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    /**
     * Boot's mapper builder with every {@link JsonMapperBuilderCustomizer} applied as Boot applies them, made from a
     * JSON factory that reads bytes through {@link WellFormedUtf8InputStream} (a customizer cannot change the
     * factory).
     */
    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        var factory = JsonFactory.builder().inputDecorator(new WellFormedUtf8()).build();
        var builder = JsonMapper.builder(factory);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    @Bean
    StrictTypes strictJsonTypes() {
        return new StrictTypes();
    }

    /** No coercion between scalar types, and no duplicate properties; applied after Boot's own customizer. */
    static final class StrictTypes implements JsonMapperBuilderCustomizer, Ordered {

        @Override
        public void customize(JsonMapper.Builder builder) {
            builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                    // a string takes no number or boolean either (not covered by the feature above)
                    .withCoercionConfig(
                            LogicalType.Textual,
                            config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Hands the parser bytes checked as UTF-8; characters from a reader are decoded already. */
    static final class WellFormedUtf8 extends InputDecorator {

        @Override
        public InputStream decorate(IOContext context, InputStream in) {
            return new WellFormedUtf8InputStream(in);
        }

        @Override
        public InputStream decorate(IOContext context, byte[] source, int offset, int length) {
            return new WellFormedUtf8InputStream(new ByteArrayInputStream(source, offset, length));
        }

        @Override
        public Reader decorate(IOContext context, Reader reader) {
            return reader;
        }
    }
}
