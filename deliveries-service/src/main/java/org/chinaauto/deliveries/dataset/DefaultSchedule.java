package org.chinaauto.deliveries.dataset;

import jakarta.inject.Singleton;

import org.chinaauto.data.calendar.ScheduleLoader;
import org.chinaauto.data.version.BundledDataset;
import org.chinaauto.deliveries.config.DeliveriesConfig;

/**
 * The release schedules the suite ships with ({@code release-schedule.csv}): the suite's expectation of when each
 * publisher of the default dataset releases a month, from its usual practice, each with its basis. Loaded once, on
 * first start; renamed when its content changes, so that an existing database loads the new one.
 */
@Singleton
public class DefaultSchedule extends BundledDataset {

    static final String NAME = "deliveries-release-schedule-v1";

    DefaultSchedule(DeliveriesConfig config, ScheduleLoader loader) {
        super(NAME, config.dataset(), new File("release-schedule.csv", loader::loadCsv, "schedules"));
    }
}
