package org.chinaauto.common.stated;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The reader measured on the development corpus (src/test/resources/stated/corpus: real articles of 2023-2026,
 * paraphrased, every figure annotated by hand): a proposal is right when its value, measure and period are the
 * annotation's. Recall and precision on level figures (production, sales, retail, wholesale, exports, deliveries) and
 * on every figure, and qualifiers right among the level figures found, are printed and held to floors, so that a
 * change that reads worse fails.
 */
class ReportReaderCorpusTest {

    private static final Set<String> LEVELS = Set.of("production", "sales", "retail", "wholesale", "exports",
            "deliveries");
    /** The brands and groups a catalogue would name. */
    private static final List<ReportReader.Subject> CATALOGUE = Stream.of("BYD", "NIO", "Li Auto", "XPeng", "Xpeng",
            "Leapmotor", "Zeekr", "AITO", "HIMA", "Xiaomi", "Onvo", "Firefly", "Tesla", "Geely", "Chery", "SAIC")
            .map(n -> ReportReader.Subject.of("brand", n, n, List.of(n))).toList();

    record Annotation(String statedAs, BigDecimal value, String qualifier, String measure, String period,
            String publisher) {
    }

    record Score(int annotated, int found, int proposed, int right, int qualifiersRight, int publishersRight) {

        double recall() {
            return annotated == 0 ? 1 : (double) found / annotated;
        }

        double precision() {
            return proposed == 0 ? 1 : (double) right / proposed;
        }
    }

    @Test
    void theReaderFindsMostFiguresOfTheCorpusRight() throws Exception {
        Score levels = new Score(0, 0, 0, 0, 0, 0);
        Score all = new Score(0, 0, 0, 0, 0, 0);
        List<Path> texts = articles();
        for (Path text : texts) {
            String body = Files.readString(text);
            String[] parts = body.split("\n\n", 2);
            YearMonth published = YearMonth.parse(header(parts[0], "published").substring(0, 7));
            List<Annotation> annotations = annotations(Path.of(text.toString().replace(".txt", ".csv")));
            List<Proposal> proposals = ReportReader.read(parts[1], published, CATALOGUE);
            if (Boolean.getBoolean("corpus.misses")) {
                printMisses(text, annotations, proposals);
            }
            levels = add(levels, score(annotations, proposals, LEVELS));
            all = add(all, score(annotations, proposals, null));
        }
        System.out.printf("Corpus of %d articles: level figures recall %.2f (%d of %d), precision %.2f (%d of %d), "
                + "qualifiers right %.2f (%d of %d), publishers right %.2f (%d of %d); all figures recall %.2f (%d of %d), precision %.2f (%d of %d)%n",
                texts.size(), levels.recall(), levels.found(), levels.annotated(), levels.precision(), levels.right(),
                levels.proposed(), (double) levels.qualifiersRight() / levels.found(), levels.qualifiersRight(),
                levels.found(), (double) levels.publishersRight() / levels.found(), levels.publishersRight(),
                levels.found(), all.recall(), all.found(), all.annotated(), all.precision(), all.right(),
                all.proposed());
        assertThat(texts).hasSizeGreaterThanOrEqualTo(15);
        assertThat(levels.recall()).isGreaterThanOrEqualTo(FLOOR_LEVEL_RECALL);
        assertThat(levels.precision()).isGreaterThanOrEqualTo(FLOOR_LEVEL_PRECISION);
    }

    /** Floors a little under what the reader measures now; raise them as it reads better. */
    private static final double FLOOR_LEVEL_RECALL = 0.85;
    private static final double FLOOR_LEVEL_PRECISION = 0.83;

    private static Score score(List<Annotation> annotations, List<Proposal> proposals, Set<String> measures) {
        List<Annotation> wanted = annotations.stream().filter(a -> measures == null || measures.contains(a.measure()))
                .toList();
        List<Proposal> offered = proposals.stream().filter(p -> p.measure() != null)
                .filter(p -> measures == null || measures.contains(p.measure())).toList();
        int found = 0;
        int qualifiers = 0;
        int publishers = 0;
        for (Annotation a : wanted) {
            Proposal match = offered.stream().filter(p -> right(p, a)).findFirst().orElse(null);
            if (match != null) {
                found++;
                String q = match.figure().qualifier() == null ? "" : match.figure().qualifier().name().toLowerCase();
                qualifiers += q.equals(Objects.requireNonNullElse(a.qualifier(), "")) ? 1 : 0;
                publishers += Objects.equals(match.publisher(), a.publisher()) ? 1 : 0;
            }
        }
        int right = (int) offered.stream().filter(p -> wanted.stream().anyMatch(a -> right(p, a))).count();
        return new Score(wanted.size(), found, offered.size(), right, qualifiers, publishers);
    }

    /** With -Dcorpus.misses=true: the level figures the reader missed and the ones it proposed wrongly. */
    private static void printMisses(Path text, List<Annotation> annotations, List<Proposal> proposals) {
        System.out.println("== " + text.getFileName());
        annotations.stream().filter(a -> LEVELS.contains(a.measure()))
                .filter(a -> proposals.stream().noneMatch(p -> right(p, a)))
                .forEach(a -> System.out.println("  missed " + a));
        proposals.stream().filter(p -> p.measure() != null && LEVELS.contains(p.measure()))
                .filter(p -> annotations.stream().noneMatch(a -> right(p, a)))
                .forEach(p -> System.out.println("  wrong  [" + p.statedAs() + "] " + p.measure() + " " + p.period()
                        + " " + p.figure().value().toPlainString() + (p.reason() == null ? "" : " -- " + p.reason())));
    }

    private static boolean right(Proposal p, Annotation a) {
        return a.measure().equals(p.measure()) && p.period() != null && a.period().equals(p.period().toString())
                && p.figure().value().compareTo(a.value()) == 0;
    }

    private static Score add(Score a, Score b) {
        return new Score(a.annotated() + b.annotated(), a.found() + b.found(), a.proposed() + b.proposed(),
                a.right() + b.right(), a.qualifiersRight() + b.qualifiersRight(),
                a.publishersRight() + b.publishersRight());
    }

    private static List<Path> articles() throws IOException, URISyntaxException {
        Path dir = Path.of(ReportReaderCorpusTest.class.getResource("/stated/corpus").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static String header(String headers, String name) {
        return headers.lines().filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow()
                .substring(name.length() + 1).strip();
    }

    private static List<Annotation> annotations(Path csv) throws IOException {
        List<Annotation> out = new ArrayList<>();
        try (MappingIterator<java.util.Map<String, String>> rows = new CsvMapper()
                .readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            while (rows.hasNext()) {
                var r = rows.next();
                out.add(new Annotation(r.get("stated_as"), new BigDecimal(r.get("value")),
                        r.get("qualifier").isBlank() ? null : r.get("qualifier"), r.get("measure"), r.get("period"),
                        r.get("publisher").isBlank() ? null : r.get("publisher")));
            }
        }
        return out;
    }
}
