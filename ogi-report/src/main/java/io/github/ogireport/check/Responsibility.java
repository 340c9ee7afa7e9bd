package io.github.ogireport.check;

import java.util.List;

/**
 * Where the evidence of a {@link Status#FAIL} or {@link Status#UNCERTAIN} finding points: at the report (the
 * printed numbers or words disagree, a printed cell is blank or text) or at our reading of it (a cell the
 * format has was not found, or was placed by inference). An auditor checks the first against the report and
 * the second against the source file before blaming anyone.
 */
public enum Responsibility {
    /** The printed report: its numbers or words, read under their labels, disagree or are ambiguous. */
    SOURCE,
    /** The reading: the evidence involves cells not found or placed by inference. */
    READING,
    /** Nothing to blame: a passing evaluation, or one not assessed for want of what the report lacks. */
    NONE;

    /**
     * The default for an evaluation: {@link #NONE} for a pass, {@link #READING} when a cell involved is absent
     * or inferred, {@link #SOURCE} for any other failure or uncertainty, {@link #NONE} otherwise.
     *
     * @param status the evaluation's outcome
     * @param cells  the cells it involves
     * @return where its evidence points
     */
    public static Responsibility of(Status status, List<CellRef> cells) {
        if (status == Status.PASS) {
            return NONE;
        }
        for (CellRef c : cells) {
            if (c.placement() != io.github.ogireport.model.Placement.READ) {
                return READING;
            }
        }
        return status == Status.NOT_ASSESSABLE ? NONE : SOURCE;
    }
}
