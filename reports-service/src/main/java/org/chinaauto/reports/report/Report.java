package org.chinaauto.reports.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A report as submitted: its title, outlet, address, publication date as stated ("2025-12", "2025-12-05") and full
 * text, who submitted it and when, and when its accepted figures were loaded. A text is kept once: submitting it again
 * finds this report.
 */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    public String outlet;
    public String url;

    @Column(nullable = false)
    public String published;

    @Column(nullable = false)
    public String text;

    @Column(name = "text_sha256", nullable = false)
    public String textSha256;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "loaded_at")
    public Instant loadedAt;

    @Column(name = "loaded_by")
    public String loadedBy;

    public static Report withText(String sha256) {
        return find("textSha256", sha256).firstResult();
    }
}
