package org.chinaauto.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One offending input: the CSV line (the header is line 1) or the position in the JSON array (the first item is 1)
 * where it applies, the field, and what is wrong with it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(Integer line, String field, String message) {
}
