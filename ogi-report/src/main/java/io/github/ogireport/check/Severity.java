package io.github.ogireport.check;

/** How serious a finding is; ordered from the most to the least serious. */
public enum Severity {
    /** The report is wrong: a printed or implied relation fails, a required part is missing. */
    ERROR,
    /** Probably wrong, or against the format's intent; a person should look. */
    WARNING,
    /** Worth knowing; not a defect by itself. */
    INFO;

    /**
     * True when this is at least as serious as {@code other}.
     *
     * @param other another severity
     * @return true when this one is as severe as {@code other} or more
     */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
