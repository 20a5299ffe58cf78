package org.chinaauto.exports.view;

import java.time.Instant;
import java.time.LocalDate;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.Rate;

/**
 * The NEV share of one publisher's exports for a period, on the bounds of both figures. Computed only from NEV and
 * all-powertrain exports of the same publisher and the same definition; when the two are published under different
 * definitions both are shown, {@code same_definition} is false and nothing is computed.
 */
public record NevShareView(Period period, String publisher, String destination, String destinationName, Instant asOf,
        LocalDate vintage, Amount nevExports, Amount allExports, Boolean sameDefinition, Rate share, String note) {
}
