package org.chinaauto.deliveries.delivery;

import java.util.Locale;

import org.chinaauto.common.rest.CodedEnum;

/** Whether a delivery figure is a brand's or a group's as a whole. */
public enum SubjectKind implements CodedEnum {
    BRAND, GROUP;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
