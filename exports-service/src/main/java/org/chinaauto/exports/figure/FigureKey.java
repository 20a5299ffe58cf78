package org.chinaauto.exports.figure;

import org.chinaauto.common.period.Period;

/**
 * What identifies an export figure across its versions. The definition is part of it: CAAM's exports and the
 * customs' exports including chassis are different figures, never revisions of one another.
 */
public record FigureKey(Powertrain powertrain, String destination, String publisher, String definition, Period period) {
}
