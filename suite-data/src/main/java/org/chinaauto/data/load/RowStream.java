package org.chinaauto.data.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a load body one row at a time, bound to the service's row record: CSV with a header line (the header is
 * line 1) or a JSON array of flat objects (or {@code {"<noun>": [...]}}; position 1 is the first item). Only the
 * current row is in memory.
 */
public final class RowStream {

    /** Receives each row with its CSV line or JSON position. */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(int line, R row);
    }

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).enable(CsvParser.Feature.EMPTY_STRING_AS_NULL)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private RowStream() {
    }

    /**
     * Streams CSV rows. The header must name only known columns and every required one; a header error or a
     * malformed line (an unterminated quote, more cells than the header) stops the load with its line.
     */
    public static <R> void csv(InputStream body, Class<R> type, Set<String> known, Set<String> required, Sink<R> sink) {
        try (var it = CSV.readerFor(type).with(CsvSchema.emptySchema().withHeader()).<R>readValues(Utf8Body.of(body))) {
            boolean any = it.hasNextValue();
            CsvSchema schema = (CsvSchema) it.getParserSchema();
            if (schema == null || schema.size() == 0) {
                throw new InvalidInputException("body", "the CSV body is empty; expected a header line and rows");
            }
            List<String> header = new ArrayList<>();
            schema.forEach(c -> header.add(c.getName().trim().toLowerCase(Locale.ROOT)));
            checkHeader(header, known, required);
            while (any) {
                int line = it.getParser().currentLocation().getLineNr();
                R row;
                try {
                    row = it.nextValue();
                } catch (JsonProcessingException e) {
                    throw malformed("CSV", e, line);
                }
                sink.accept(line, row);
                any = it.hasNextValue();
            }
        } catch (JsonProcessingException e) {
            throw malformed("CSV", e, null);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * Streams the items of a JSON array of flat objects. Fields outside {@code known} are errors unless
     * {@code ignored} (read-only fields of a download); an item that is not an object, or a field that is not a
     * single value, is an error at the item's position.
     */
    public static <R> void json(InputStream body, Class<R> type, String arrayField, Set<String> known, Set<String> ignored,
            LoadErrors errors, Sink<R> sink) {
        items(body, arrayField, errors, (position, item) -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (var fields = item.fields(); fields.hasNext();) {
                var field = fields.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (ignored.contains(name)) {
                    continue;
                }
                if (!known.contains(name)) {
                    errors.add(position, name, "unknown field; known fields are " + new TreeSet<>(known));
                } else if (value.isContainerNode()) {
                    errors.add(position, name, "expected a single value, not an object or array");
                } else if (!value.isNull()) {
                    // a number as written (1E+400), never expanded: 1e1000000000 would otherwise be a billion digits
                    values.put(name, value.asText());
                }
            }
            sink.accept(position, JSON.convertValue(values, type));
        });
    }

    /**
     * Streams the items of a JSON array of objects that nest (a brand with its memberships), each bound to the record
     * as a whole: a field the record does not have, or a value of the wrong shape, is an error at the item's position
     * naming its path ({@code memberships[0].from}), and the item is skipped.
     */
    public static <R> void nested(InputStream body, Class<R> type, String arrayField, LoadErrors errors, Sink<R> sink) {
        var reader = JSON.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        items(body, arrayField, errors, (position, item) -> {
            R row;
            try {
                row = reader.readValue(item);
            } catch (JsonMappingException e) {
                errors.add(position, path(e), JacksonMessages.clean(e));
                return;
            } catch (IOException e) {
                throw unreadable(e);
            }
            sink.accept(position, row);
        });
    }

    /** Receives each object of a JSON array with its position (1 for the first). */
    @FunctionalInterface
    private interface ItemSink {
        void accept(int position, JsonNode item);
    }

    /** Walks a JSON array (or {@code {"<arrayField>": [...]}}) one item at a time; an item that is not an object is an error. */
    private static void items(InputStream body, String arrayField, LoadErrors errors, ItemSink sink) {
        try (JsonParser p = JSON.createParser(Utf8Body.of(body))) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                t = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (arrayField.equals(name) && value == JsonToken.START_ARRAY) {
                        t = value;
                        break;
                    }
                    p.skipChildren();
                }
            }
            if (t != JsonToken.START_ARRAY) {
                throw new InvalidInputException("body", "expected a JSON array of objects (or {\"" + arrayField + "\": [...]})");
            }
            int position = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new InvalidInputException("Malformed JSON: the array is not closed",
                            List.of(new FieldError(position, null, "the array is not closed")));
                }
                position++;
                if (t != JsonToken.START_OBJECT) {
                    errors.add(position, null, "expected an object");
                    p.skipChildren();
                    continue;
                }
                sink.accept(position, JSON.readTree(p));
            }
        } catch (JsonProcessingException e) {
            throw malformed("JSON", e, null);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Where in an item binding failed: "colour", "memberships[0].from". */
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

    private static InvalidInputException malformed(String format, JsonProcessingException e, Integer line) {
        // Jackson's location is -1 where it knows none (an empty header line): then no line is named
        Integer at = line != null ? line
                : e.getLocation() == null || e.getLocation().getLineNr() < 1 ? null : e.getLocation().getLineNr();
        String message = JacksonMessages.clean(e);
        return new InvalidInputException("Malformed " + format + (at == null ? "" : " at line " + at) + ": " + message
                + "; nothing was written", List.of(new FieldError(at, null, message)));
    }

    private static ProblemException unreadable(IOException e) {
        return new ProblemException(400, "Unreadable body", "The request body could not be read: " + e.getMessage());
    }

    /** The header names only known columns, each once, and every required one; a 400 listing what is wrong. */
    private static void checkHeader(List<String> header, Set<String> known, Set<String> required) {
        List<FieldError> errors = new ArrayList<>();
        for (String column : header) {
            if (!known.contains(column)) {
                errors.add(new FieldError(1, column, "unknown column; known columns are " + new TreeSet<>(known)));
            }
        }
        for (String column : required) {
            if (!header.contains(column)) {
                errors.add(new FieldError(1, column, "required column is missing"));
            }
        }
        if (header.size() != Set.copyOf(header).size()) {
            errors.add(new FieldError(1, null, "a column appears twice in the header"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The CSV header is not valid; nothing was written", errors);
        }
    }
}
