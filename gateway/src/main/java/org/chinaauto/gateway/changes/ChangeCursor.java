package org.chinaauto.gateway.changes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.gateway.client.Change;

/**
 * A position in the merged feed: for each service, the number of the last of its changes already seen
 * ({@code market:41,exports:7,deliveries:12}). It is the SSE event id of every event the gateway streams and the
 * {@code next} of every page it lists, so that a client resuming with it (Last-Event-ID, or after=) misses nothing and
 * sees nothing twice, whichever gateway replica it comes back to. A service it does not name is read from its start.
 */
public record ChangeCursor(Map<String, Long> positions) {

    private static final Pattern FORM = Pattern.compile("[a-z]+:\\d{1,18}(,[a-z]+:\\d{1,18})*");

    public ChangeCursor {
        positions = Map.copyOf(positions);
    }

    public static ChangeCursor empty() {
        return new ChangeCursor(Map.of());
    }

    /** The cursor a client sent in {@code name}, or none when it sent none; a malformed one is a 400 problem. */
    public static ChangeCursor parse(String text, String name, Iterable<String> services) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!FORM.matcher(text.trim()).matches()) {
            throw new InvalidInputException(name, name + " '" + text + "' is not a position in the change feed; "
                    + "expected service:number pairs such as market:41,exports:7 (the id of the last event seen)");
        }
        Map<String, Long> positions = new LinkedHashMap<>();
        for (String pair : text.trim().split(",")) {
            String[] parts = pair.split(":");
            if (!contains(services, parts[0])) {
                throw new InvalidInputException(name, name + " names " + parts[0] + ", which has no change feed; the "
                        + "services with one are " + String.join(", ", services));
            }
            if (positions.put(parts[0], Long.parseLong(parts[1])) != null) {
                throw new InvalidInputException(name, name + " names " + parts[0] + " twice");
            }
        }
        return new ChangeCursor(positions);
    }

    private static boolean contains(Iterable<String> services, String name) {
        for (String s : services) {
            if (s.equals(name)) {
                return true;
            }
        }
        return false;
    }

    public OptionalLong position(String service) {
        Long p = positions.get(service);
        return p == null ? OptionalLong.empty() : OptionalLong.of(p);
    }

    /** Whether {@code change} comes after this position (a service not named: yes). */
    public boolean precedes(Change change) {
        Long p = positions.get(change.service());
        return p == null || change.seq() > p;
    }

    /** The position once {@code change} is seen too. */
    public ChangeCursor with(Change change) {
        return with(change.service(), change.seq());
    }

    public ChangeCursor with(String service, long seq) {
        Map<String, Long> next = new LinkedHashMap<>(positions);
        next.merge(service, seq, Math::max);
        return new ChangeCursor(next);
    }

    @Override
    public String toString() {
        return positions.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
