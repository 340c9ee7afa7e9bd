package io.github.ogireport.corpus;

import java.util.List;

/**
 * A fault the corpus generator injects into a report, with the rules that must find it. Every other relation
 * of the report (and, for the cross-year faults, of the organ's reports) still holds, so no other rule may
 * fail at ERROR.
 */
public enum Fault {
    /** No fault. */
    NONE("none", List.of()),
    /** T2 本年新收 of one applicant column off by one: the column's reconciliation and the row's sum fail. */
    T2_NEW_OFF("t2-new-off-by-one", List.of("T2-E1", "T2-L2")),
    /** A T2 result cell of one applicant column off by one: the column's (七)总计 and the row's sum fail. */
    T2_RESULT_OFF("t2-result-off-by-one", List.of("T2-L1", "T2-L2")),
    /** A T3 总计 off by one. */
    T3_TOTAL("t3-total-wrong", List.of("T3-L1")),
    /** A T2 总计 left blank while its parts are not 0. */
    BLANK_TOTAL("blank-total", List.of("B-TOTAL")),
    /** A report of 2021 or later in the 2019 format. */
    OLD_FORMAT("old-format", List.of("F-VERSION")),
    /** 上年结转 of one column differs from last year's 结转下年度 (the report itself reconciles). */
    CARRY_OVER("carry-over-mismatch", List.of("T2-Y1")),
    /** 现行有效 does not roll forward from last year's (the report itself is consistent). */
    ROLL_FORWARD("valid-roll-forward", List.of("T1-Y1")),
    /** The narrative is last year's with the year changed. */
    COPY("copied-narrative", List.of("X-COPY"));

    private final String kind;
    private final List<String> rules;

    Fault(String kind, List<String> rules) {
        this.kind = kind;
        this.rules = rules;
    }

    /** The name in the manifest. */
    public String kind() {
        return kind;
    }

    /** The rules that must report it (FAIL). */
    public List<String> rules() {
        return rules;
    }

    /** True for faults that need the organ's previous report. */
    public boolean crossYear() {
        return this == CARRY_OVER || this == ROLL_FORWARD || this == COPY;
    }

    /** The fault with this manifest name. */
    public static Fault byKind(String kind) {
        for (Fault f : values()) {
            if (f.kind.equals(kind)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown fault kind: " + kind);
    }
}
