package org.chinaauto.reports.report;

import java.util.Locale;

import org.chinaauto.common.rest.CodedEnum;

/** What a figure counts beyond the market as a whole: a brand's or a group's deliveries, exports to a destination. */
public enum SubjectKind implements CodedEnum {
    BRAND, GROUP, DESTINATION;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
