package org.chinaauto.exports.figure;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.rest.Code;

/**
 * Destination codes: {@code WORLD} for the world total, ISO 3166-1 alpha-2 country codes in upper case
 * ({@code RU}, validated against the JDK's list of ISO countries, named in English), and named regions as
 * lower-case slugs listed in the {@code region} table ({@code western-europe} "Western Europe").
 */
@ApplicationScoped
public class Destinations {

    public enum Kind {
        WORLD, COUNTRY, REGION
    }

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    @Inject
    EntityManager em;

    private volatile Map<String, String> regions;

    /** Regions come from a migration and never change while the service runs. */
    public Map<String, String> regions() {
        Map<String, String> r = regions;
        if (r == null) {
            Map<String, String> loaded = new TreeMap<>();
            for (Object row : em.createNativeQuery("SELECT code, name FROM region").getResultList()) {
                Object[] cells = (Object[]) row;
                loaded.put((String) cells[0], (String) cells[1]);
            }
            regions = r = Map.copyOf(loaded);
        }
        return r;
    }

    /**
     * The canonical code of a destination given as a code in any case or as a region's name ("Western Europe"),
     * or null when it is not known.
     */
    public String canonical(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (t.equalsIgnoreCase(Figure.WORLD)) {
            return Figure.WORLD;
        }
        if (COUNTRY.matcher(t).matches()) {
            String code = t.toUpperCase(Locale.ROOT);
            return COUNTRIES.contains(code) ? code : null;
        }
        String slug = t.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        return regions().containsKey(slug) ? slug : null;
    }

    /** Parses a destination query parameter; null when absent, a 400 when unknown. */
    public String parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = canonical(text);
        if (code == null) {
            throw new InvalidInputException(field, unknown(text));
        }
        return code;
    }

    /** The destination a query parameter names; WORLD when absent, a 400 when unknown. */
    public String orWorld(Code code) {
        String parsed = parse(Code.text(code), "destination");
        return parsed == null ? Figure.WORLD : parsed;
    }

    public String unknown(String text) {
        return "unknown destination '" + text + "'; expected WORLD, an ISO 3166-1 alpha-2 country code (e.g. RU) or "
                + "a region: " + regions().keySet();
    }

    public Kind kind(String code) {
        if (Figure.WORLD.equals(code)) {
            return Kind.WORLD;
        }
        return code.length() == 2 && Character.isUpperCase(code.charAt(0)) ? Kind.COUNTRY : Kind.REGION;
    }

    /** The display name: "World", the country's English name, or the region's name. */
    public String name(String code) {
        if (code == null) {
            return null;
        }
        return switch (kind(code)) {
            case WORLD -> "World";
            case COUNTRY -> new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            case REGION -> regions().getOrDefault(code, code);
        };
    }
}
