package org.chinaauto.market.figure;

/** The part of the market a figure covers. NEV = new energy vehicles (BEV + PHEV, with fuel cell). */
public enum Segment {
    ALL, PASSENGER, COMMERCIAL, NEV, BEV, PHEV
}
