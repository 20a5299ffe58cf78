package org.chinaauto.reports.input;

import java.lang.reflect.Type;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * How an editor's JSON body is read ({@code @CustomDeserialization} on the submission and the review): a member the
 * body type does not have is refused, not dropped, so that a misspelt {@code "reveiw"} is a 400 rather than a 200 that
 * changed nothing; and a number is no constant, so that {@code "review": 1} is a 400 rather than the second constant.
 * Only editors' bodies: the service's own reads of the data services' answers keep the lenient mapper.
 */
public class StrictJson implements BiFunction<ObjectMapper, Type, ObjectReader> {

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
