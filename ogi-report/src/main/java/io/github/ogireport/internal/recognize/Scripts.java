package io.github.ogireport.internal.recognize;

import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;

/** What the later stages need to know of the script a report was read in. Not API. */
public final class Scripts {
    private Scripts() {
    }

    /**
     * True when the report was read as a page in traditional script (it carries the note saying so): its
     * labels and phrases are to be matched on {@link io.github.ogireport.internal.text.TraditionalScript#fold}.
     */
    public static boolean isTraditional(Report report) {
        for (ParseProblem p : report.problems()) {
            if (p.kind() == ParseProblem.Kind.TRADITIONAL_SCRIPT) {
                return true;
            }
        }
        return false;
    }
}
