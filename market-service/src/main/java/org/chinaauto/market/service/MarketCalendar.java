package org.chinaauto.market.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.data.calendar.ReleaseCalendar;
import org.chinaauto.data.calendar.ReleasedSeries;

/**
 * The release calendar of market-service's series: production and sales (every segment of a publisher's month counts as its release of that month; shares are
 * not a series of their own).
 */
@ApplicationScoped
public class MarketCalendar extends ReleaseCalendar {

    MarketCalendar() {
        super(new ReleasedSeries("production", "figure", "measure = 'PRODUCTION'"),
                new ReleasedSeries("sales", "figure", "measure = 'SALES'"));
    }
}
