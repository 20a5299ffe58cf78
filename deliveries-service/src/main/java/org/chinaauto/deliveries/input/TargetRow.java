package org.chinaauto.deliveries.input;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chinaauto.common.version.Attribution;
import org.chinaauto.data.load.column.Cell;
import org.chinaauto.data.load.column.Count;
import org.chinaauto.data.load.column.Form;
import org.chinaauto.data.load.column.OneOf;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A revision of a brand's annual target in the bulk-load format: what a load binds each CSV line or JSON item to.
 * Each column's rules are its constraints; the rules that span columns (a known brand, a single value or a low-high
 * range, a note for an inferred publisher) are TargetLoader's row check.
 */
@JsonPropertyOrder({ "brand", "year", "revision", "announced", "value", "low", "high", "publisher", "stated_progress",
        "notes", "published", "attribution", "attribution_note", "source" })
public record TargetRow(
        @NotBlank(message = "is required") @Size(max = 100, message = "is longer than {max} characters") String brand,
        @NotBlank(message = "is required") @Count(min = 1900, max = 2200, unit = "",
                range = "must be a year between 1900 and 2200") String year,
        @NotBlank(message = "is required") @Count(min = 1, max = 1000, unit = "",
                range = "must be 1 for the first published target, 2 for its first revision, ...") String revision,
        @Cell(Form.PARTIAL_DATE) String announced,
        @Count(min = 1) String value,
        @Count(min = 1) String low,
        @Count(min = 1) String high,
        @Cell(Form.CODE) String publisher,
        @Size(max = 1000, message = "is longer than {max} characters") String statedProgress,
        @Size(max = 2000, message = "is longer than {max} characters") String notes,
        @Cell(Form.PARTIAL_DATE) String published,
        @OneOf(Attribution.class) String attribution,
        @Size(max = 2000, message = "is longer than {max} characters") String attributionNote,
        @Size(max = 1000, message = "is longer than {max} characters") String source) {
}
