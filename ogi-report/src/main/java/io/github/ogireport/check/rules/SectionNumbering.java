package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.model.Heading;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.SectionId;
import java.util.List;

/**
 * S-ORDER (warning): the six sections carry the format's ordinals 一 to 六 and their top-level numbering
 * does not restart (domain-spec §3.3, §9 E8): overview sub-topics numbered as top-level sections push the
 * statutory parts into a second numbering system (一、主动公开… after 六、平台建设).
 */
public final class SectionNumbering extends Rule {
    private static final String NUMERALS = "一二三四五六七八九十";

    /** Creates the rule (stateless: one instance checks any number of reports). */
    public SectionNumbering() {
        super("S-ORDER", Severity.WARNING);
    }

    @Override
    public void check(Report report, Findings out) {
        int highest = 0;
        Heading highestAt = null;
        boolean restarted = false;
        for (Heading h : report.outline()) {
            if (h.level() != Heading.Level.TOP) {
                continue;
            }
            int n = value(h.numeral());
            if (h.section().isPresent()) {
                SectionId id = h.section().get();
                Quote quote = new Quote(h.text(), h.position());
                if (n > 0 && n <= highest && !restarted) {
                    restarted = true;
                    out.report(Status.FAIL, "restart", List.of(),
                            List.of(new Quote(highestAt.text(), highestAt.position()), quote),
                            highestAt.text(), h.text());
                }
                if (n != id.ordinal() + 1) {
                    out.report(Status.FAIL, "numeral", List.of(), List.of(quote), id, h.numeral(), id.numeral());
                } else {
                    out.report(Status.PASS, "pass", List.of(), List.of(quote), id);
                }
            }
            if (n > highest) {
                highest = n;
                highestAt = h;
            }
        }
    }

    private static int value(String numeral) {
        if (numeral.isEmpty()) {
            return 0;
        }
        if (Character.isDigit(numeral.charAt(0))) {
            return Integer.parseInt(numeral);
        }
        if (numeral.length() == 1) {
            return NUMERALS.indexOf(numeral) + 1;
        }
        return 10 + Math.max(0, NUMERALS.indexOf(numeral.charAt(numeral.length() - 1)) + 1);
    }
}
