package io.github.ogireport.model;

/** The six standard sections of an annual report, in their official order (domain-spec §3). */
public enum SectionId {
    /** 一、总体情况. */
    OVERVIEW("一", "总体情况"),
    /** 二、主动公开政府信息情况 (holds T1). */
    PROACTIVE("二", "主动公开政府信息情况"),
    /** 三、收到和处理政府信息公开申请情况 (holds T2). */
    REQUESTS("三", "收到和处理政府信息公开申请情况"),
    /** 四、政府信息公开行政复议、行政诉讼情况 (holds T3). */
    REVIEW_LITIGATION("四", "政府信息公开行政复议、行政诉讼情况"),
    /** 五、存在的主要问题及改进情况. */
    PROBLEMS("五", "存在的主要问题及改进情况"),
    /** 六、其他需要报告的事项. */
    OTHER("六", "其他需要报告的事项");

    private final String numeral;
    private final String title;

    SectionId(String numeral, String title) {
        this.numeral = numeral;
        this.title = title;
    }

    /**
     * The official numeral, 一 to 六.
     *
     * @return the section numeral as printed, e.g. {@code 一}
     */
    public String numeral() {
        return numeral;
    }

    /**
     * The official heading without its ordinal, e.g. 总体情况.
     *
     * @return the section title as the format prints it
     */
    public String title() {
        return title;
    }

    /**
     * The official heading with its ordinal, e.g. 一、总体情况.
     *
     * @return the numeral and the title, as a heading
     */
    public String heading() {
        return numeral + "、" + title;
    }
}
