package org.chinaauto.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many answers each document has checked, per operation and status: printed after each test class and written to
 * {@code target/api-contract-summary.txt}. The counts live in a JDK map kept in the system properties, because
 * Quarkus loads the tests of each application (profile) in a class loader of its own, and the summary is of the JVM.
 */
public final class ContractLedger {

    private static final String KEY = "org.chinaauto.contract.ledger";
    /** What answers to a path or method the document does not have are counted under. */
    static final String NO_OPERATION = "(no operation)";

    private ContractLedger() {
    }

    @SuppressWarnings("unchecked")
    private static ConcurrentMap<String, LongAdder> counts() {
        return (ConcurrentMap<String, LongAdder>) System.getProperties().computeIfAbsent(KEY,
                k -> new ConcurrentHashMap<String, LongAdder>());
    }

    static void count(String document, int operations, String operation, int status, boolean met) {
        ConcurrentMap<String, LongAdder> counts = counts();
        counts.computeIfAbsent(document + "\t#operations", k -> new LongAdder()).reset();
        counts.get(document + "\t#operations").add(operations);
        counts.computeIfAbsent(document + "\t" + operation + "\t" + status + "\t" + (met ? "met" : "violated"),
                k -> new LongAdder()).increment();
    }

    /** One line per document: operations answered out of those declared, answers checked, departures found. */
    public static String summary() {
        Map<String, long[]> perDocument = new TreeMap<>();
        Map<String, Set<String>> operations = new TreeMap<>();
        Map<String, Set<String>> answers = new TreeMap<>();
        counts().forEach((key, count) -> {
            String[] part = key.split("\t");
            long[] figures = perDocument.computeIfAbsent(part[0], d -> new long[3]);
            if (part.length == 2) {
                figures[0] = count.sum();
                return;
            }
            figures["met".equals(part[3]) ? 1 : 2] += count.sum();
            if (!NO_OPERATION.equals(part[1])) {
                operations.computeIfAbsent(part[0], d -> new TreeSet<>()).add(part[1]);
            }
            answers.computeIfAbsent(part[0], d -> new TreeSet<>()).add(part[1] + " " + part[2]);
        });
        StringBuilder text = new StringBuilder();
        perDocument.forEach((document, f) -> text.append("api contract ").append(document).append(": ")
                .append(operations.getOrDefault(document, Set.of()).size()).append(" of ").append(f[0])
                .append(" operations answered, ").append(f[1] + f[2]).append(" answers checked, ").append(f[2])
                .append(" departed from the document; answered: ")
                .append(String.join(", ", answers.getOrDefault(document, Set.of()))).append('\n'));
        return text.toString();
    }

    /** Prints the summary so far and writes it to {@code target/api-contract-summary.txt}. */
    public static void report() {
        String summary = summary();
        if (summary.isEmpty()) {
            return;
        }
        System.out.print(summary);
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.writeString(target.resolve("api-contract-summary.txt"), summary);
            }
        } catch (IOException e) {
            System.err.println("api contract summary not written: " + e);
        }
    }
}
