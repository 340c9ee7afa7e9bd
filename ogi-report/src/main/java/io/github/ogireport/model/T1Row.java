package io.github.ogireport.model;

/** Rows of T1 (主动公开), F2021 and F2019 (domain-spec §4). */
public enum T1Row implements RowId {
    /** 规章 (第二十条第（一）项). */
    REG("规章"),
    /** 行政规范性文件 (F2021) / 规范性文件 (F2019). */
    NORM("行政规范性文件"),
    /** 行政许可 (第二十条第（五）项). */
    LICENSE("行政许可"),
    /** 其他对外管理服务事项 (F2019 only). */
    OTHER_SERVICE("其他对外管理服务事项"),
    /** 行政处罚 (第二十条第（六）项). */
    PENALTY("行政处罚"),
    /** 行政强制 (第二十条第（六）项). */
    COERCION("行政强制"),
    /** 行政事业性收费 (第二十条第（八）项). */
    FEE("行政事业性收费"),
    /** 政府集中采购 (F2019 only, 第二十条第（九）项). */
    PROCUREMENT("政府集中采购");

    private final String label;

    T1Row(String label) {
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

    /**
     * The columns this row prints in the 2019 format ({@code f2019}) or the 2021 one (domain-spec §4).
     *
     * @param f2019 true for the 2019 format, false for the 2021 one
     * @return the row's columns, in official order
     */
    public java.util.List<T1Column> columns(boolean f2019) {
        return FormatCells.t1Columns(this, f2019);
    }

    @Override
    public TableId table() {
        return TableId.T1;
    }
}
