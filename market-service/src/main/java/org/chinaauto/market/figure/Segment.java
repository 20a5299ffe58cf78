package org.chinaauto.market.figure;

import java.util.Locale;

import org.chinaauto.common.rest.CodedEnum;

/** The part of the market a figure covers. NEV = new energy vehicles (BEV + PHEV, with fuel cell). */
public enum Segment implements CodedEnum {
    ALL, PASSENGER, COMMERCIAL, NEV, BEV, PHEV;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
