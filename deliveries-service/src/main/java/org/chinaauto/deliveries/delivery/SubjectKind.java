package org.chinaauto.deliveries.delivery;

/** Whether a delivery figure is a brand's or a group's as a whole. */
public enum SubjectKind {
    BRAND, GROUP
}
