package org.chinaauto.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chinaauto.contract.ApiContract;
import org.chinaauto.gateway.client.Read;
import org.chinaauto.gateway.downstream.Reads;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * Every read in {@link Reads} against the services' committed documents ({@code api/<service>/openapi.json}): the
 * service serves its path with a JSON answer, and every member of the record it is read into (generated from those
 * documents) is a property of that answer, of a matching type, nested records, lists and type arguments included. A
 * read paired with another operation's record, or with a path the service does not serve, fails this build.
 */
class ReadsContractTest {

    private static final PropertyNamingStrategies.NamingBase SNAKE = (PropertyNamingStrategies.NamingBase)
            PropertyNamingStrategies.SNAKE_CASE;

    @Test
    void everyFieldTheGatewayReadsIsInTheServicesDocument() throws IllegalAccessException {
        List<String> departures = new ArrayList<>();
        int checked = 0;
        for (Field field : Reads.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != Read.class) {
                continue;
            }
            Read<?> read = (Read<?>) field.get(null);
            ApiContract contract = ApiContract.of(read.downstream() + "-service");
            JsonNode document = contract.document();
            JsonNode answer = document.path("paths").path("/api/" + read.template()).path("get").path("responses")
                    .path("200").path("content").path("application/json").path("schema");
            if (answer.isMissingNode()) {
                departures.add(field.getName() + ": " + contract.module() + " has no JSON answer for GET /api/"
                        + read.template());
                continue;
            }
            checked += check(read.type(), answer, document, field.getName(), Map.of(), departures);
        }
        assertThat(departures).as("fields of the gateway's records that the services' documents do not have").isEmpty();
        assertThat(checked).as("fields checked").isGreaterThan(150);
        System.out.printf("ReadsContractTest: %d fields of the gateway's reads checked against the services' documents%n",
                checked);
    }

    @Test
    void aRenamedOrRetypedFieldIsFound() {
        record Renamed(Long period, Long deliveriesTotal, String level) {
        }
        JsonNode document = ApiContract.of("deliveries-service").document();
        JsonNode ranking = document.path("paths").path("/api/rankings").path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema");
        List<String> departures = new ArrayList<>();
        check(Renamed.class, ranking, document, "Renamed", Map.of(), departures);
        assertThat(departures).containsExactly("Renamed.period: integer in the gateway, [string] in the document",
                "Renamed.deliveries_total: not in the document");
    }

    /** Checks {@code type} against {@code schema}; the number of fields checked. */
    private static int check(Type type, JsonNode schema, JsonNode document, String where,
            Map<TypeVariable<?>, Type> bound, List<String> departures) {
        if (type instanceof TypeVariable<?> variable) {
            type = bound.get(variable);
        }
        schema = resolve(schema, document);
        Class<?> raw = (Class<?>) (type instanceof ParameterizedType p ? p.getRawType() : type);
        Set<String> types = types(schema);
        if (raw.isRecord() && !writesItselfAsText(raw)) {
            Map<TypeVariable<?>, Type> arguments = new HashMap<>(bound);
            if (type instanceof ParameterizedType p) {
                for (int i = 0; i < raw.getTypeParameters().length; i++) {
                    arguments.put(raw.getTypeParameters()[i], p.getActualTypeArguments()[i]);
                }
            }
            if (!types.contains("object") && !schema.has("properties")) {
                departures.add(where + ": an object in the gateway, " + types + " in the document");
                return 0;
            }
            int checked = 0;
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonProperty named = component.getAccessor().getAnnotation(JsonProperty.class);
                String name = named != null ? named.value() : SNAKE.translate(component.getName());
                JsonNode property = schema.path("properties").path(name);
                if (property.isMissingNode()) {
                    departures.add(where + "." + name + ": not in the document");
                    continue;
                }
                checked += 1 + check(component.getGenericType(), property, document, where + "." + name, arguments,
                        departures);
            }
            return checked;
        }
        String expected = Collection.class.isAssignableFrom(raw) ? "array"
                : raw == String.class || raw.isEnum() || raw == Instant.class || raw == LocalDate.class
                        || writesItselfAsText(raw) ? "string"
                : raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class ? "integer"
                : raw == BigDecimal.class || raw == Double.class || raw == double.class ? "number"
                : raw == Boolean.class || raw == boolean.class ? "boolean" : "object";
        boolean matches = types.contains(expected) || expected.equals("number") && types.contains("integer");
        if (!matches) {
            departures.add(where + ": " + expected + " in the gateway, " + types + " in the document");
        } else if (expected.equals("array")) {
            return check(((ParameterizedType) type).getActualTypeArguments()[0], schema.path("items"), document,
                    where + "[]", bound, departures);
        }
        return 0;
    }

    /** A type whose JSON is its text ({@code @JsonValue}), such as a period. */
    private static boolean writesItselfAsText(Class<?> raw) {
        return java.util.Arrays.stream(raw.getMethods()).anyMatch(m -> m.isAnnotationPresent(JsonValue.class));
    }

    /** The schema behind a $ref, and the one that is not null of {@code anyOf: [X, null]}. */
    private static JsonNode resolve(JsonNode schema, JsonNode document) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return resolve(document.path("components").path("schemas").path(name), document);
        }
        for (String choice : List.of("anyOf", "oneOf", "allOf")) {
            if (schema.has(choice)) {
                for (JsonNode alternative : schema.get(choice)) {
                    if (!types(alternative).equals(Set.of("null"))) {
                        return resolve(alternative, document);
                    }
                }
            }
        }
        return schema;
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            Set<String> all = new java.util.HashSet<>();
            type.forEach(t -> all.add(t.asText()));
            return all;
        }
        return type.isMissingNode() ? Set.of() : Set.of(type.asText());
    }
}
