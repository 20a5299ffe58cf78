package org.chinaauto.common.load;

import java.util.Map;

/**
 * One row of a bulk load, whether it came from a CSV line or a JSON array item, with its values as text
 * so that CSV and JSON go through the same validation.
 *
 * @param line the CSV line number (the header is line 1), or the 1-based position in the JSON array
 */
public record InputRow(int line, Map<String, String> values) {

    public String get(String field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
