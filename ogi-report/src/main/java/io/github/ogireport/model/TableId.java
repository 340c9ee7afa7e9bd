package io.github.ogireport.model;

/** The three standard tables (domain-spec §0.3). */
public enum TableId {
    /** 主动公开政府信息情况, in section 二. */
    T1("主动公开政府信息情况", SectionId.PROACTIVE),
    /** 收到和处理政府信息公开申请情况, in section 三. */
    T2("收到和处理政府信息公开申请情况", SectionId.REQUESTS),
    /** 政府信息公开行政复议、行政诉讼情况, in section 四. */
    T3("政府信息公开行政复议、行政诉讼情况", SectionId.REVIEW_LITIGATION);

    private final String title;
    private final SectionId section;

    TableId(String title, SectionId section) {
        this.title = title;
        this.section = section;
    }

    /**
     * The table's Chinese title.
     *
     * @return the table title as the format prints it
     */
    public String title() {
        return title;
    }

    /**
     * The section the table belongs to.
     *
     * @return the section the table belongs to
     */
    public SectionId section() {
        return section;
    }

    /**
     * The key of this table in the result document: {@code t1}, {@code t2}, {@code t3}.
     *
     * @return the key of the table in cell paths and the result document, e.g. {@code t2}
     */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
