package org.chinaauto.reports.input;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A report as an editor submits it: its title, the outlet, its address, the publication date as the report states it
 * (a month, 2025-12, or a day, 2025-12-05) and its full text (plain text or HTML, whose tags are dropped).
 */
public record ReportInput(
        @NotBlank(message = "is required") @Size(max = 500, message = "is longer than {max} characters") @NoNul
        String title,
        @Size(max = 200, message = "is longer than {max} characters") @NoNul String outlet,
        @Size(max = 2000, message = "is longer than {max} characters")
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https address") @NoNul String url,
        @NotBlank(message = "is required: the month (2025-12) or day (2025-12-05) the report was published")
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?",
                message = "must be a month (2025-12) or a day (2025-12-05)") String published,
        @NotBlank(message = "is required: the report's full text") @NoNul String text) {
}
