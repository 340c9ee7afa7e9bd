package io.github.ogireport.model;

/** The three groups of T3, printed as one row of 15 cells (domain-spec §6). */
public enum T3Row implements RowId {
    /** 行政复议. */
    RV("行政复议"),
    /** 行政诉讼 · 未经复议直接起诉. */
    LD("未经复议直接起诉"),
    /** 行政诉讼 · 复议后起诉. */
    LR("复议后起诉");

    private final String label;

    T3Row(String label) {
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

    @Override
    public TableId table() {
        return TableId.T3;
    }
}
