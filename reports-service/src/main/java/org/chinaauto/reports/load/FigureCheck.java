package org.chinaauto.reports.load;

import java.util.ArrayList;
import java.util.List;

import org.chinaauto.reports.report.Measure;
import org.chinaauto.reports.report.ProposedFigure;

/** What an accepted figure lacks before its service can take it. */
final class FigureCheck {

    private FigureCheck() {
    }

    static List<String> gaps(ProposedFigure f) {
        List<String> gaps = new ArrayList<>();
        if (f.measure == null) {
            gaps.add("no measure");
        } else if (f.measure.service() == null) {
            gaps.add("no service keeps " + f.measure.code() + " figures");
        }
        if (f.period == null) {
            gaps.add("no period");
        }
        if (f.publisher == null) {
            gaps.add("no publisher");
        }
        if (f.measure == Measure.DELIVERIES && f.subject == null) {
            gaps.add("no brand or group");
        }
        if (f.stated().isEmpty()) {
            gaps.add("stated_as is not a figure the suite reads");
        }
        return gaps;
    }
}
