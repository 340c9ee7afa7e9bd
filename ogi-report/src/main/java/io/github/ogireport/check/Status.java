package io.github.ogireport.check;

/** The outcome of one evaluation of a rule. */
public enum Status {
    /** The relation holds. */
    PASS,
    /** The relation fails. */
    FAIL,
    /** Cannot be decided with confidence: a needed cell is blank or text, or a narrative figure cannot be
     * tied to this organ's table. */
    UNCERTAIN,
    /** A needed table or section is missing. */
    NOT_ASSESSABLE
}
