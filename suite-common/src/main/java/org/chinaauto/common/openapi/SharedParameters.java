package org.chinaauto.common.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.chinaauto.common.paging.PageRequest;
import org.chinaauto.common.period.Period;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The parameters whose schema their Java type cannot give, described once by name: whole numbers with their ranges
 * ({@link PageRequest}'s page and size, a year, Content-Length), the pass-through's path and a slug, and the codes a
 * service lists by name; and a description for a shared parameter that an operation leaves undescribed. The other
 * parameters get their schemas from their types ({@code Period}, {@code YearMonth}, {@code Code}, the suite's enums).
 */
final class SharedParameters {

    static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";

    private static final Map<String, Supplier<Schema>> SCHEMAS = Map.ofEntries(
            Map.entry("path", () -> string("^[^/].*$", "figures")),
            Map.entry("slug", () -> string("^[a-z0-9][a-z0-9-]{0,62}$", "aito")),
            Map.entry("year", () -> OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.valueOf(Period.MIN_YEAR)).maximum(BigDecimal.valueOf(Period.MAX_YEAR))
                    .addExample(2025)),
            Map.entry("Content-Length", () -> OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64")
                    .minimum(BigDecimal.ZERO).addExample(2048)),
            Map.entry("page", () -> OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ZERO).defaultValue(0).addExample(0)),
            Map.entry("size", () -> OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ONE).addExample(100)),
            // the change feeds': how many changes a page holds (each feed says its least), and how long a poll waits
            Map.entry("limit", () -> OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                    .maximum(BigDecimal.valueOf(1000)).defaultValue(100).addExample(100)),
            Map.entry("timeout", () -> OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(30)).defaultValue(0).addExample(10)));

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("Content-Length", "The body's length in bytes; a body declared over the load limit is refused (413) unread"),
            Map.entry("slug", "A brand's or group's slug: lower-case letters, digits and dashes"),
            Map.entry("measure", "What is counted"),
            Map.entry("period", "A period: " + Period.FORMS),
            Map.entry("powertrain", "all, nev, bev or phev"),
            Map.entry("segment", "The market segment"),
            Map.entry("publisher", "The publisher, e.g. CAAM"),
            Map.entry("subject", "A brand or group slug"),
            Map.entry("definition", "The definition the figure was published under"),
            Map.entry("destination", "WORLD, a country or a region"),
            Map.entry("page", "Page of the answer, from 0; a Link header with rel=next points at the next one"),
            Map.entry("size", "Items per page, from 1 to the service's maximum page size (1000 unless configured otherwise)"),
            Map.entry("path", "The data service's path under its /api/, e.g. figures"),
            Map.entry("service", "The data service: market, exports or deliveries"));

    private SharedParameters() {
    }

    static void describe(OpenAPI document, Map<String, List<String>> choices) {
        if (document.getPaths() == null) {
            return;
        }
        for (PathItem item : document.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() == null) {
                    continue;
                }
                for (Parameter parameter : operation.getParameters()) {
                    List<String> values = choices.get(parameter.getName());
                    Supplier<Schema> schema = values != null ? () -> choice(values) : SCHEMAS.get(parameter.getName());
                    if (schema != null) {
                        parameter.setSchema(schema.get());
                    }
                    if (parameter.getDescription() == null) {
                        parameter.setDescription(DESCRIPTIONS.get(parameter.getName()));
                    }
                }
            }
        }
    }

    /** One of a list of lower-case codes; the services also accept them in any case, with - for _. */
    private static Schema choice(List<String> values) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.STRING).addExample(values.get(0));
        values.forEach(schema::addEnumeration);
        return schema;
    }

    private static Schema string(String pattern, Object... examples) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.STRING).pattern(pattern);
        for (Object example : examples) {
            schema.addExample(example);
        }
        return schema;
    }
}
