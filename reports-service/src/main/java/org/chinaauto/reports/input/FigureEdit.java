package org.chinaauto.reports.input;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chinaauto.common.period.Period;
import org.chinaauto.reports.report.Measure;
import org.chinaauto.reports.report.Review;
import org.chinaauto.reports.report.SubjectKind;

/**
 * An editor's changes to a proposed figure (PATCH): only the members given change. The value, qualifier and bounds
 * follow {@code stated_as}, which must be words the suite reads as a figure.
 */
public record FigureEdit(
        Review review,
        @Size(min = 1, max = 200, message = "must be 1 to {max} characters") String statedAs,
        Measure measure,
        @Pattern(regexp = "all|passenger|commercial|nev|bev|phev", message = "must be one of all, passenger, "
                + "commercial, nev, bev, phev") String segment,
        SubjectKind subjectKind,
        @Size(min = 1, max = 100, message = "must be 1 to {max} characters") @NoNul String subject,
        @Pattern(regexp = Period.PATTERN, message = "must be " + Period.FORMS) String period,
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 .&-]{0,59}", message = "must be a publisher's short name, e.g. CAAM")
        String publisher,
        @Pattern(regexp = "named|inferred", message = "must be named or inferred") String attribution,
        @DecimalMin(value = "-100", message = "must be at least -100") @DecimalMax(value = "100000",
                message = "must be at most 100000") BigDecimal yoyPct,
        @Pattern(regexp = "estimate|preliminary|final", message = "must be estimate, preliminary or final")
        String status) {
}
