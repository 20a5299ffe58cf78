package org.chinaauto.reports.report;

import java.util.Locale;

import org.chinaauto.common.rest.CodedEnum;

/** An editor's verdict on a proposed figure: only accepted figures are loaded. */
public enum Review implements CodedEnum {
    PROPOSED, ACCEPTED, REJECTED;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
