package org.chinaauto.common.stated;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A figure whose publisher is named in another sentence is still the named publisher's when the report credits it
 * with that very figure: a sentence naming the publisher states a figure of the same measure, segment and period
 * ("the latest data from CAAM show production and sales exceeding 31 million units in the first 11 months" credits
 * "31.23 million units produced ... year-to-date"), or the figure's sentence continues the naming sentence's figures
 * "during the same period". Every other figure whose publisher comes from another sentence stays {@code inferred}.
 */
final class Credits {

    private static final Pattern SAME_PERIOD = Words.compile("\\b(?:the )?same period\\b|同期");

    private Credits() {
    }

    static List<Proposal> named(List<Proposal> proposals, String plain) {
        List<Proposal> out = new ArrayList<>(proposals.size());
        for (Proposal p : proposals) {
            String elsewhere = FigureMeaning.namedElsewhere(p.publisher());
            Proposal credit = "inferred".equals(p.attribution()) && p.period() != null && p.reason() != null
                    && p.reason().contains(elsewhere) ? credit(p, proposals, plain) : null;
            out.add(credit == null ? p : p.withAttribution("named", p.reason().replace(elsewhere, "the report names "
                    + p.publisher() + " for " + credit.statedAs() + " in another sentence ("
                    + (sameFigure(p, credit) ? "the same measure and period" : "the same period") + ")")));
        }
        return out;
    }

    /** The named figure the report credits {@code p} with, or null. */
    private static Proposal credit(Proposal p, List<Proposal> all, String plain) {
        for (Proposal named : all) {
            if (!"named".equals(named.attribution()) || !p.publisher().equals(named.publisher())) {
                continue;
            }
            if (sameFigure(p, named)) {
                return named;
            }
        }
        Proposal before = all.stream().filter(n -> n.statedStart() < p.start() && n.period() != null)
                .reduce((a, b) -> b).orElse(null);
        boolean continues = before != null && "named".equals(before.attribution())
                && p.publisher().equals(before.publisher()) && before.period().equals(p.period())
                && SAME_PERIOD.matcher(plain.substring(p.start(), p.end())).find();
        return continues ? before : null;
    }

    private static boolean sameFigure(Proposal p, Proposal named) {
        return Objects.equals(p.measure(), named.measure()) && Objects.equals(p.segment(), named.segment())
                && p.period().equals(named.period()) && p.subject() == null && named.subject() == null;
    }
}
