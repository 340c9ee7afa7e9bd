package io.github.ogireport.model;

/** Value columns of T3, in official order within each group (domain-spec §6). */
public enum T3Column implements ColumnId {
    /** 结果维持. */
    KEEP("结果维持"),
    /** 结果纠正. */
    CORR("结果纠正"),
    /** 其他结果. */
    OTHR("其他结果"),
    /** 尚未审结. */
    PEND("尚未审结"),
    /** 总计. */
    TOT("总计");

    private final String label;

    T3Column(String label) {
        this.label = label;
    }

    @Override
    public String id() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
