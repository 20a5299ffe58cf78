package org.chinaauto.market;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chinaauto.testing.ReportQuotes;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Figures that name their report and quote its sentence keep both, in JSON and CSV, and load again unchanged. */
@QuarkusTest
class ReportQuoteLoadTest {

    @Test
    void aFigureKeepsItsReportAndSentence() {
        ReportQuotes.assertQuotedFiguresLoadAndReadBack("/api/figures", "SYN-report-quote",
                period -> sales(period, "SYN-report-quote"));
    }

    @Test
    void aQuoteWithoutItsReportIsRefusedAndNothingIsWritten() {
        ReportQuotes.assertAQuoteWithoutItsReportIsRefused("/api/figures", "SYN-report-quote-refused",
                period -> sales(period, "SYN-report-quote-refused"));
    }

    private static Map<String, Object> sales(String period, String publisher) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("measure", "sales");
        figure.put("segment", "all");
        figure.put("period", period);
        figure.put("publisher", publisher);
        figure.put("value", 1000);
        figure.put("source", "Synthetic report");
        return figure;
    }
}
