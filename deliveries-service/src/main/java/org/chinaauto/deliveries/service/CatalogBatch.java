package org.chinaauto.deliveries.service;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.data.load.LoadErrors;
import org.chinaauto.data.load.RowStream;

/**
 * The items of a catalogue load (brands or groups, with their nested memberships): a JSON array, or
 * {@code {"<noun>": [...]}}, read one item at a time by the suite's load reader ({@link RowStream#nested}) and bound
 * to its input record, whose constraints are the fields' rules. An item that cannot be bound (an unknown field, a
 * list where a text belongs) and every constraint an item breaks are errors at its position (1 for the first item);
 * the items that could be bound are returned for the rules that span items and the catalogue.
 */
final class CatalogBatch {

    /** A bound item, with its position and the fields that broke their constraints ("memberships[0].from"). */
    record Item<T>(int position, T value, Set<String> failed) {
    }

    private CatalogBatch() {
    }

    static <T> List<Item<T>> read(Validator validator, InputStream body, Class<T> type, String noun, LoadErrors errors) {
        List<Item<T>> items = new ArrayList<>();
        RowStream.nested(body, type, noun, errors,
                (position, item) -> items.add(new Item<>(position, item, check(validator, item, position, errors))));
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
}
