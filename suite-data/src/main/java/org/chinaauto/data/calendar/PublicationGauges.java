package org.chinaauto.data.calendar;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.chinaauto.common.version.Snapshot;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * {@code suite_publication_delay_days{publisher,series}}: the days the next expected release of each scheduled series
 * is past its due day (0 when on time or due, and when no figure of it is stored), and
 * {@code suite_publication_grace_days{publisher,series}}: its schedule's days of grace, which the alert on lateness
 * compares it with. Worked out from the calendar against the clock by a thread of its own, which reads the data version
 * every {@code suite.calendar.gauge-check} (5 s) and works the calendar out again only when the data changed or the
 * day did: a scrape never queries the figures. Registered only in a service that has a {@link ReleaseCalendar}.
 */
@Singleton
public class PublicationGauges {

    private static final Logger LOG = Logger.getLogger(PublicationGauges.class);

    @Inject
    Instance<ReleaseCalendar> calendars;

    @Inject
    MeterRegistry registry;

    @Inject
    DataSource db;

    @Inject
    Clock clock;

    @ConfigProperty(name = "suite.calendar.gauge-check", defaultValue = "5S")
    Duration every;

    private ScheduledExecutorService ticks;
    private MultiGauge delay;
    private MultiGauge grace;
    /** Used by the tick thread only: what the gauges were last worked out for. */
    private long version = Long.MIN_VALUE;
    private LocalDate day;

    void start(@Observes StartupEvent start) {
        if (!calendars.isResolvable()) {
            return;
        }
        delay = MultiGauge.builder("suite.publication.delay.days")
                .description("Days the next expected release of a publisher's series is past its due day; 0 when on "
                        + "time or due")
                .register(registry);
        grace = MultiGauge.builder("suite.publication.grace.days")
                .description("Days of grace of a publisher's series after its due day, as its release schedule states")
                .register(registry);
        ticks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "publication-gauges");
            t.setDaemon(true);
            return t;
        });
        ticks.scheduleWithFixedDelay(this::tick, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (ticks != null) {
            ticks.shutdownNow();
        }
    }

    private void tick() {
        try {
            long current = dataVersion();
            LocalDate today = LocalDate.now(clock);
            if (current == version && today.equals(day)) {
                return;
            }
            List<CalendarEntry> entries = calendars.get().calendar(Snapshot.LATEST).entries();
            List<MultiGauge.Row<?>> delays = new ArrayList<>();
            List<MultiGauge.Row<?>> graces = new ArrayList<>();
            for (CalendarEntry e : entries) {
                Tags tags = Tags.of("publisher", e.publisher(), "series", e.series());
                int late = e.daysLate();
                int days = e.graceDays();
                delays.add(MultiGauge.Row.of(tags, (Supplier<Number>) () -> late));
                graces.add(MultiGauge.Row.of(tags, (Supplier<Number>) () -> days));
            }
            delay.register(delays, true);
            grace.register(graces, true);
            version = current;
            day = today;
        } catch (RuntimeException | SQLException e) {
            // the database may be down for a while: the gauges keep their last values, and the next tick tries again
            LOG.debugf("The publication gauges were not worked out: %s", e.getMessage());
        }
    }

    private long dataVersion() throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT version FROM data_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
