package org.chinaauto.exports.figure;

import java.util.Locale;

import org.chinaauto.common.rest.CodedEnum;

/** The vehicles an export figure covers. NEV = new energy vehicles (BEV + PHEV, with fuel cell). */
public enum Powertrain implements CodedEnum {
    ALL, NEV, BEV, PHEV;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
