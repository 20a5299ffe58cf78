package org.chinaauto.data.version;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.chinaauto.data.load.RowErrors;
import org.chinaauto.data.load.column.Cells;

/**
 * Where a figure was read: the report it comes from, by its id in reports-service ({@code report_id}), and the
 * sentence of that report that states it ({@code quote}), two optional load columns of every figure. They are
 * ordinary attributes of a version: the same report and sentence loaded again leave the figure unchanged, another
 * report or sentence revises it (the columns are staged as {@code report_id} and {@code quote}, among a load target's
 * content). A quote names no report by itself, so a row with a quote needs its report_id.
 *
 * @param reportId the report's id in reports-service; null when the row names none
 * @param quote the sentence as the report words it; null when the row quotes none
 */
public record ReportQuote(Long reportId, String quote) {

    /** The longest quote a load takes, in characters: a sentence or two, never a whole report. */
    public static final int QUOTE_MAX = 2000;

    /** What a report_id must be, for the row record's constraint. */
    public static final String REPORT_ID_RANGE = "must be positive: a report's id in reports-service";

    private static final String REPORT_REQUIRED = "is required when a quote is given: the id in reports-service of "
            + "the report the quote is from";

    /**
     * The row's report and quote as staged, with the rule that spans them: a quote without a report_id is an error on
     * report_id. Cells that failed their constraints are left out.
     */
    public static ReportQuote of(String reportId, String quote, RowErrors errors) {
        Long id = errors.failed("report_id") ? null : Cells.count(reportId);
        String text = errors.failed("quote") ? null : Cells.text(quote);
        if (text != null && id == null && !errors.failed("report_id")) {
            errors.error("report_id", REPORT_REQUIRED);
        }
        return new ReportQuote(id, text);
    }

    /** The distinct reports a value made of several figures rests on, in ascending order; empty when none names one. */
    public static List<Long> ids(Collection<? extends VersionedPeriodRow> figures) {
        return figures.stream().map(f -> f.reportId).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
