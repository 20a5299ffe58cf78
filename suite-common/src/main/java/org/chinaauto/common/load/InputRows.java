package org.chinaauto.common.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.chinaauto.common.problem.FieldError;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.chinaauto.common.problem.JacksonMessages;

/** Reads a bulk-load body (CSV with a header line, or a JSON array of objects) into {@link InputRow}s. */
public final class InputRows {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private InputRows() {
    }

    /**
     * Parses CSV with a header line. Columns must all be known; unknown or missing required columns and
     * rows with the wrong number of cells are reported with their line numbers.
     */
    public static List<InputRow> fromCsv(InputStream body, Set<String> knownColumns, Set<String> requiredColumns) {
        List<InputRow> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        try (var it = CSV.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .<List<String>>readValues(body)) {
            List<String> header = null;
            while (it.hasNextValue()) {
                int line = it.getParser().currentLocation().getLineNr();
                List<String> cells = it.nextValue();
                if (header == null) {
                    header = cells.stream().map(c -> c == null ? "" : c.trim().toLowerCase()).toList();
                    checkHeader(header, knownColumns, requiredColumns);
                    continue;
                }
                if (cells.size() != header.size()) {
                    errors.add(new FieldError(line, null, "expected " + header.size() + " cells as in the header, found "
                            + cells.size()));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), cells.get(i));
                }
                rows.add(new InputRow(line, values));
            }
            if (header == null) {
                throw new InvalidInputException("body", "the CSV body is empty; expected a header line and rows");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String message = JacksonMessages.clean(e);
            throw new InvalidInputException("Malformed CSV at line " + line + ": " + message,
                    List.of(new FieldError(line, null, message)));
        } catch (IOException e) {
            throw new ProblemException(400, "Unreadable body", "The request body could not be read: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.size() + " malformed CSV line(s); nothing was written", errors);
        }
        return rows;
    }

    /** Parses a JSON array of flat objects (or an object with a "figures" array). */
    public static List<InputRow> fromJson(InputStream body, String arrayField, Set<String> knownColumns) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String message = JacksonMessages.clean(e);
            throw new InvalidInputException("Malformed JSON: " + message, List.of(new FieldError(
                    e.getLocation() == null ? null : e.getLocation().getLineNr(), null, message)));
        } catch (IOException e) {
            throw new ProblemException(400, "Unreadable body", "The request body could not be read: " + e.getMessage());
        }
        if (root != null && root.isObject() && root.get(arrayField) != null) {
            root = root.get(arrayField);
        }
        if (root == null || !root.isArray()) {
            throw new InvalidInputException("body", "expected a JSON array of objects (or {\"" + arrayField + "\": [...]})");
        }
        List<InputRow> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        int position = 0;
        for (JsonNode item : (ArrayNode) root) {
            position++;
            if (!item.isObject()) {
                errors.add(new FieldError(position, null, "expected an object"));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            var fields = item.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (!knownColumns.contains(name)) {
                    errors.add(new FieldError(position, name, "unknown field; known fields are " + new TreeSet<>(knownColumns)));
                } else if (value.isContainerNode()) {
                    errors.add(new FieldError(position, name, "expected a single value, not an object or array"));
                } else if (!value.isNull()) {
                    values.put(name, value.isNumber() ? new BigDecimal(value.asText()).toPlainString() : value.asText());
                }
            }
            rows.add(new InputRow(position, values));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.size() + " invalid field(s); nothing was written", errors);
        }
        return rows;
    }

    /** The header names only known columns, each once, and every required one; a 400 listing what is wrong. */
    static void checkHeader(List<String> header, Set<String> known, Set<String> required) {
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

    /** Writes rows as CSV with a header, columns in the order of the record's components. */
    public static <T> String toCsv(Class<T> type, List<T> rows) {
        CsvSchema schema = CSV.schemaFor(type).withHeader();
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = CSV.writerFor(type).with(schema).writeValues(out)) {
            writer.writeAll(rows);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
