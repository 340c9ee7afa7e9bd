package io.github.ogireport.model;

/** The format version of a report, as its T1 vocabulary says (domain-spec §2.2). */
public enum ReportFormat {
    /** The 2021 format (2021 reports on). */
    F2021,
    /** The 2019 trial format (2019 and 2020 reports). */
    F2019,
    /** T1 mixes the vocabularies of both formats. */
    MIXED,
    /** The pre-2019 structure. */
    LEGACY,
    /** Not determined (no T1 found). */
    UNKNOWN
}
