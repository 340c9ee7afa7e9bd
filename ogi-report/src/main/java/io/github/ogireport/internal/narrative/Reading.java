package io.github.ogireport.internal.narrative;

import io.github.ogireport.model.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * The narrative of one report read once: its sentences, which of them are prose (not table text), and the
 * claims and statements they make. Each sentence is scanned once ({@link Scan}: figures, clauses, table text,
 * trigger characters) and handed to the claim and statement families. Computed once per check and shared by
 * the narrative rules. Immutable. Not API.
 */
public final class Reading {
    private final Narrative narrative;
    private final Context context;
    private final List<Sentence> prose;
    private final List<Claim> claims;
    private final List<Statement> statements;

    private Reading(Narrative narrative, Context context) {
        this.narrative = narrative;
        this.context = context;
        List<Sentence> p = new ArrayList<>();
        List<Claim> c = new ArrayList<>();
        List<Statement> st = new ArrayList<>();
        for (Sentence s : narrative.sentences()) {
            Scan scan = new Scan(s);
            if (!scan.tableText) {
                p.add(s);
            }
            c.addAll(Claims.of(scan, context));
            st.addAll(Statements.of(scan, context));
        }
        this.prose = List.copyOf(p);
        this.claims = List.copyOf(c);
        this.statements = List.copyOf(st);
    }

    /** The reading of {@code report}'s narrative. */
    public static Reading of(Report report) {
        return new Reading(Narrative.of(report), new Context(report.year()));
    }

    /** The reading of a narrative for a report of the context's year. */
    public static Reading of(Narrative narrative, Context context) {
        return new Reading(narrative, context);
    }

    public Narrative narrative() {
        return narrative;
    }

    public Context context() {
        return context;
    }

    /** The sentences that are prose, in document order: table text left among the paragraphs is not. */
    public List<Sentence> prose() {
        return prose;
    }

    /** The claims of every sentence, in document order. */
    public List<Claim> claims() {
        return claims;
    }

    /** The statements of every sentence, in document order. */
    public List<Statement> statements() {
        return statements;
    }
}
