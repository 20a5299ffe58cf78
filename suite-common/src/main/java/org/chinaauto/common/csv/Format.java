package org.chinaauto.common.csv;

import java.util.Locale;

import org.chinaauto.common.rest.CodedEnum;

/** The {@code format=} of a read that can answer CSV: csv, or json (the default), in any case. */
public enum Format implements CodedEnum {
    JSON, CSV;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
