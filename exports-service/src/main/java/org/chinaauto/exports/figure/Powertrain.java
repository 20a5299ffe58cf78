package org.chinaauto.exports.figure;

/** The vehicles an export figure covers. NEV = new energy vehicles (BEV + PHEV, with fuel cell). */
public enum Powertrain {
    ALL, NEV, BEV, PHEV
}
