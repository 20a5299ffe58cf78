package org.chinaauto.deliveries.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.chinaauto.common.load.LoadErrors;
import org.chinaauto.common.problem.FieldError;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.problem.JacksonMessages;
import org.chinaauto.common.problem.ProblemException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The items of a catalogue load (brands or groups, with their nested memberships): a JSON array, or
 * {@code {"<noun>": [...]}}, read one item at a time and bound to its input record, whose constraints are the
 * fields' rules. An item that cannot be bound (an unknown field, a list where a text belongs) and every constraint
 * an item breaks are errors at its position (1 for the first item); the items that could be bound are returned
 * for the rules that span items and the catalogue.
 */
final class CatalogBatch {

    /** A bound item, with its position and the fields that broke their constraints ("memberships[0].from"). */
    record Item<T>(int position, T value, Set<String> failed) {
    }

    private CatalogBatch() {
    }

    static <T> List<Item<T>> read(ObjectMapper mapper, Validator validator, InputStream body, Class<T> type,
            String noun, LoadErrors errors) {
        var reader = mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<Item<T>> items = new ArrayList<>();
        try (JsonParser p = mapper.createParser(body)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                t = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    boolean array = noun.equals(p.currentName()) && p.nextToken() == JsonToken.START_ARRAY;
                    if (array) {
                        t = JsonToken.START_ARRAY;
                        break;
                    }
                    p.skipChildren();
                }
            }
            if (t != JsonToken.START_ARRAY) {
                throw new InvalidInputException("body", "expected a JSON array of objects (or {\"" + noun + "\": [...]})");
            }
            int position = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new InvalidInputException("Malformed JSON: the array is not closed; nothing was written",
                            List.of(new FieldError(position, null, "the array is not closed")));
                }
                position++;
                JsonNode node = mapper.readTree(p);
                if (node == null || !node.isObject()) {
                    errors.add(position, null, "expected an object");
                    continue;
                }
                try {
                    T item = reader.readValue(node);
                    items.add(new Item<>(position, item, check(validator, item, position, errors)));
                } catch (JsonMappingException e) {
                    errors.add(position, path(e), JacksonMessages.clean(e));
                }
            }
        } catch (JsonProcessingException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            String message = JacksonMessages.clean(e);
            throw new InvalidInputException("Malformed JSON" + (line == null ? "" : " at line " + line) + ": " + message
                    + "; nothing was written", List.of(new FieldError(line, null, message)));
        } catch (IOException e) {
            throw new ProblemException(400, "Unreadable body", "The request body could not be read: " + e.getMessage());
        }
        if (items.isEmpty() && !errors.any()) {
            throw new InvalidInputException("body", "the batch holds no " + noun);
        }
        return items;
    }

    private static <T> Set<String> check(Validator validator, T item, int position, LoadErrors errors) {
        Set<String> failed = new HashSet<>();
        for (ConstraintViolation<T> v : validator.validate(item)) {
            String field = v.getPropertyPath().toString();
            failed.add(field);
            errors.add(position, field, v.getMessage());
        }
        return failed;
    }

    /** Where in the item binding failed: "colour", "memberships[0].from". */
    private static String path(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }
}
