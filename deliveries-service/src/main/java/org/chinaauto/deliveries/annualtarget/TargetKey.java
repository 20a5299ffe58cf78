package org.chinaauto.deliveries.annualtarget;

/** What identifies one revision of a brand's annual target across its versions. */
public record TargetKey(String brand, int year, int revision) {
}
