package org.chinaauto.reports.report;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.chinaauto.common.stated.StatedFigure;
import org.chinaauto.common.stated.StatedForm;
import org.chinaauto.common.version.Attribution;
import org.chinaauto.common.version.FigureStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A figure a report states, numbered in the order of its text: the sentence that states it ({@code quote}, from
 * {@code quoteStart} to {@code quoteEnd} in the report's text), its own words ({@code statedAs}, from
 * {@code statedStart}), what it measures and counts, its period, publisher and attribution, the year-on-year rate and
 * status the text gives, why anything is missing, and the editor's review. Its value, qualifier and bounds are read
 * from {@code statedAs} by the suite's one parser of stated forms.
 */
@Entity
@Table(name = "proposed_figure")
public class ProposedFigure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String quote;

    @Column(name = "quote_start", nullable = false)
    public int quoteStart;

    @Column(name = "quote_end", nullable = false)
    public int quoteEnd;

    @Column(name = "stated_as", nullable = false)
    public String statedAs;

    @Column(name = "stated_start", nullable = false)
    public int statedStart;

    @Column(name = "stated_end", nullable = false)
    public int statedEnd;

    @Enumerated(EnumType.STRING)
    public Measure measure;

    @Column(nullable = false)
    public String segment;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;

    public String subject;
    public String period;
    public String publisher;

    @Enumerated(EnumType.STRING)
    public Attribution attribution;

    @Column(name = "yoy_pct")
    public BigDecimal yoyPct;

    @Enumerated(EnumType.STRING)
    public FigureStatus status;

    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Review review = Review.PROPOSED;

    /** The figure its words state, by the suite's parser; empty when an edit left words no form reads. */
    public java.util.Optional<StatedFigure> stated() {
        return StatedForm.parse(statedAs);
    }

    public static List<ProposedFigure> ofReport(long reportId) {
        return list("reportId = ?1 order by number", reportId);
    }

    public static ProposedFigure of(long reportId, int number) {
        return find("reportId = ?1 and number = ?2", reportId, number).firstResult();
    }
}
