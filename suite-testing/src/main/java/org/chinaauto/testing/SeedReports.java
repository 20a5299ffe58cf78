package org.chinaauto.testing;

/**
 * The reports the default datasets cite, numbered as in seed-facts.md (R1-R5), each as a figure's {@code source}
 * names it.
 */
public final class SeedReports {

    /** The commentary of December 2025: CAAM's January-November 2025 figures and its 2024 exports. */
    public static final String R1 = "\"China's 31 Million Auto Milestone: Why Western OEMs Should Fear the Tech Leap in "
            + "Chinese EV Market\" (commentary, December 2025)";
    /** Xinhua, October 2025: NEV production and sales of January-August 2025 and of 2024. */
    public static final String R2 = "\"Innovation, supply chains fuel NEV growth\" (Xinhua, October 2025)";
    /** The customs figures of 2020 and 2024 and the core export markets of 2024. */
    public static final String R3 = "\"Exports in Overdrive\" (2025-04-16)";
    /** The commentary of December 2025 on the November 2025 deliveries of HIMA and Leapmotor. */
    public static final String R4 = "\"China's NEV War: Huawei's 81,864 Delivery Ecosystem VS. The Stellantis-Backed "
            + "Leapmotor\" (commentary, December 2025)";
    /** The trade-site article of July 2023: NEV figures of the first half of 2023. */
    public static final String R5 = "\"New Energy Automobile Industry in My Country Enters a New Stage of High-Quality "
            + "Development with Rising Exports and Booming Production and Sales\" (trade-site article, July 2023)";

    private SeedReports() {
    }
}
