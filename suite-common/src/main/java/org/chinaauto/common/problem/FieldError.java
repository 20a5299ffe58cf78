package org.chinaauto.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One offending input: the CSV line or JSON array index (1-based line for CSV, 0-based index for JSON)
 * where it applies, the field, and what is wrong with it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(Integer line, String field, String message) {
}
