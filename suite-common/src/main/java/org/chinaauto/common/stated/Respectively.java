package org.chinaauto.common.stated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "Production and sales reached 3.788 million and 3.747 million, respectively": a sentence that pairs several measures
 * with as many figures, in order. Each figure was first proposed once per measure its sentence names; here each keeps
 * only its own.
 */
final class Respectively {

    private static final Pattern WORD = Words.compile("\\brespectively\\b|分别");

    private Respectively() {
    }

    static List<Proposal> assign(List<Proposal> proposals, String plain) {
        Map<Integer, List<Proposal>> bySentence = new LinkedHashMap<>();
        for (Proposal p : proposals) {
            bySentence.computeIfAbsent(p.start(), s -> new ArrayList<>()).add(p);
        }
        List<Proposal> out = new ArrayList<>();
        for (List<Proposal> sentence : bySentence.values()) {
            out.addAll(assignInSentence(sentence, plain));
        }
        return out;
    }

    private static List<Proposal> assignInSentence(List<Proposal> sentence, String plain) {
        Proposal first = sentence.get(0);
        if (!WORD.matcher(plain.substring(first.start(), first.end())).find()) {
            return sentence;
        }
        Map<Integer, List<Proposal>> byFigure = new LinkedHashMap<>();
        for (Proposal p : sentence) {
            if (p.figure().kind() == StatedFigure.Kind.LEVEL) {
                byFigure.computeIfAbsent(p.statedStart(), s -> new ArrayList<>()).add(p);
            }
        }
        List<List<Proposal>> figures = new ArrayList<>(byFigure.values());
        if (figures.isEmpty()) {
            return sentence;
        }
        List<String> measures = figures.get(0).stream().map(Proposal::measure).toList();
        boolean pairs = figures.size() == measures.size() && figures.size() > 1
                && figures.stream().allMatch(f -> f.stream().map(Proposal::measure).toList().equals(measures));
        if (!pairs) {
            return sentence;
        }
        // "... up 42.4% and 44.1%, respectively": as many rates, in the same order
        List<Proposal> rates = sentence.stream().filter(p -> p.figure().kind() == StatedFigure.Kind.CHANGE).toList();
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : sentence) {
            int index = figures.indexOf(byFigure.get(p.statedStart()));
            if (index >= 0 && rates.size() == figures.size()) {
                p = p.withYoy(rates.get(index).figure().value());
            }
            if (index < 0 || measures.get(index).equals(p.measure())) {
                out.add(p);
            }
        }
        return out;
    }
}
