package org.chinaauto.data.calendar;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.DefaultBean;

/**
 * The clock the release calendar reads the day from, in the publishers' time zone ({@code suite.calendar.zone},
 * Asia/Shanghai by default: a release due on the 14th is late from the 15th in Beijing). A test may replace it.
 */
@Singleton
public class CalendarClock {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock(@ConfigProperty(name = "suite.calendar.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        return Clock.system(zone);
    }
}
