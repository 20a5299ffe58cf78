package org.chinaauto.reports.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A service a report's accepted figures were loaded into: how many, and when. */
@Entity
@Table(name = "report_load")
public class ReportLoad extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(nullable = false)
    public String service;

    @Column(nullable = false)
    public int figures;

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    public static boolean done(long reportId, String service) {
        return count("reportId = ?1 and service = ?2", reportId, service) > 0;
    }
}
