package org.chinaauto.exports.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.data.calendar.ReleaseCalendar;
import org.chinaauto.data.calendar.ReleasedSeries;

/**
 * The release calendar of exports-service's series: exports (any powertrain, destination and definition of a publisher's month counts as its release of that
 * month; a destination listed without a figure does not).
 */
@ApplicationScoped
public class ExportsCalendar extends ReleaseCalendar {

    ExportsCalendar() {
        super(new ReleasedSeries("exports", "figure", "value IS NOT NULL"));
    }
}
