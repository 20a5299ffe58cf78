package org.chinaauto.local;

import java.util.List;

/** A service of the suite: its module folder, port offset from the base port, and database (none for the gateway). */
public record SuiteService(String name, int offset, String database) {

    public static final List<SuiteService> ALL = List.of(
            new SuiteService("gateway", 0, null),
            new SuiteService("market-service", 1, "market"),
            new SuiteService("exports-service", 2, "exports"),
            new SuiteService("deliveries-service", 3, "deliveries"),
            new SuiteService("reports-service", 4, "reports"));

    static SuiteService named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
    }
}
