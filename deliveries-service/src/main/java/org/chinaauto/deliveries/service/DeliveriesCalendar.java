package org.chinaauto.deliveries.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.data.calendar.ReleaseCalendar;
import org.chinaauto.data.calendar.ReleasedSeries;

/**
 * The release calendar of deliveries-service's series: deliveries (a publisher's deliveries of any brand or group for a month count as its release of that month).
 */
@ApplicationScoped
public class DeliveriesCalendar extends ReleaseCalendar {

    DeliveriesCalendar() {
        super(ReleasedSeries.all("deliveries", "delivery"));
    }
}
