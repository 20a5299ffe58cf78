package org.chinaauto.deliveries.brand;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A brand's membership of a group, dated by month: {@code from} null means "member since before the first
 * record, month not known", {@code to} null means "still a member"; {@code to} is the first month outside.
 */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntity {

    @Column(nullable = false)
    public String brand;

    @Column(name = "group_slug", nullable = false)
    public String groupSlug;

    @Column(name = "from_month")
    public LocalDate fromMonth;

    @Column(name = "to_month")
    public LocalDate toMonth;

    public YearMonth from() {
        return fromMonth == null ? null : YearMonth.from(fromMonth);
    }

    public YearMonth to() {
        return toMonth == null ? null : YearMonth.from(toMonth);
    }

    /** True when the brand counts in the group for this month. */
    public boolean activeIn(YearMonth month) {
        return (fromMonth == null || !from().isAfter(month)) && (toMonth == null || month.isBefore(to()));
    }

    public static String text(LocalDate month) {
        return month == null ? null : YearMonth.from(month).toString();
    }
}
