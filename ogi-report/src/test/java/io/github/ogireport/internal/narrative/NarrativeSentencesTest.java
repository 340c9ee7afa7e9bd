package io.github.ogireport.internal.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.SectionId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of {@code src/test/resources/narrative/sentences.txt}: a sentence, the claims and statements it
 * must yield (or that it is table text). The file grows with every false alarm found.
 */
class NarrativeSentencesTest {
    private static final Context Y2024 = new Context(OptionalInt.of(2024));

    /** One case of the file. */
    record Case(int line, SectionId section, String text, String claims, String statements, String why) {
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = NarrativeSentencesTest.class.getResourceAsStream("/narrative/sentences.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\\|", -1);
                if (f.length != 5) {
                    throw new IllegalStateException("sentences.txt:" + (i + 1) + ": 5 fields expected: " + l);
                }
                String sec = f[0].strip();
                out.add(new Case(i + 1, sec.equals("PREAMBLE") ? null : SectionId.valueOf(sec), f[1].strip(),
                        f[2].strip(), f[3].strip(), f[4].strip()));
            }
        }
        return out;
    }

    @TestFactory
    List<DynamicTest> everySentenceGetsItsReading() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 30, "the fixture set is there: " + cases.size());
        List<DynamicTest> out = new ArrayList<>();
        for (Case c : cases) {
            out.add(DynamicTest.dynamicTest(c.line() + ": " + c.why(), () -> {
                Sentence s = ClaimsTest.sentence(c.section(), c.text());
                String where = "sentences.txt:" + c.line() + " " + c.text();
                if (c.statements().equals("table")) {
                    assertTrue(Claims.isTableText(s), "table text: " + where);
                    assertEquals("-", c.claims(), "table text has no claims: " + where);
                }
                assertEquals(c.claims(), orNone(claims(s)), "claims of " + where);
                String st = orNone(statements(s));
                assertEquals(c.statements().equals("table") ? "-" : c.statements(), st, "statements of " + where);
            }));
        }
        return out;
    }

    private static String orNone(String s) {
        return s.isEmpty() ? "-" : s;
    }

    /** The claims of a sentence as {@code KIND[/APPLICANT][/OUTCOME][/CARRIED]=value[ scope]} joined by "; ". */
    static String claims(Sentence s) {
        return Claims.of(s, Y2024).stream().map(NarrativeSentencesTest::show).collect(Collectors.joining("; "));
    }

    static String show(Claim c) {
        return c.kind() + (c.applicant() == Claim.Applicant.ALL ? "" : "/" + c.applicant())
                + c.outcome().map(o -> "/" + o).orElse("")
                + (c.carried() == Claim.Carried.UNSAID ? "" : "/" + c.carried())
                + "=" + c.value().map(v -> v.toPlainString()).orElse("?")
                + (c.wider() ? " " + c.scope() : "");
    }

    /** The statements of a sentence as {@code TYPE[TOPIC,...][/APPLICANT][ scope]} joined by "; ". */
    static String statements(Sentence s) {
        return Statements.of(s, Y2024).stream()
                .map(x -> x.type() + x.topics().stream().map(Enum::name).sorted().collect(Collectors.joining(",", "[", "]"))
                        + (x.applicant() == Claim.Applicant.ALL ? "" : "/" + x.applicant())
                        + (x.wider() ? " " + x.scope() : ""))
                .collect(Collectors.joining("; "));
    }
}
