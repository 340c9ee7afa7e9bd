package io.github.ogireport.model;

/** Value columns of T1 (domain-spec §4; names from result-json.md). */
public enum T1Column implements ColumnId {
    /** 本年制发件数 (F2021). */
    ISSUED("本年制发件数"),
    /** 本年废止件数 (F2021). */
    REPEALED("本年废止件数"),
    /** 现行有效件数 (F2021). */
    VALID("现行有效件数"),
    /** 本年处理决定数量 (F2021) / 处理决定数量 (F2019). */
    DECISIONS("本年处理决定数量"),
    /** 本年收费金额（单位：万元） (F2021) / 采购总金额 (F2019, unit as printed). */
    AMOUNT("本年收费金额（单位：万元）"),
    /** 本年新制作数量 (F2019). */
    NEW_MADE("本年新制作数量"),
    /** 本年新公开数量 (F2019). */
    NEW_PUBLISHED("本年新公开数量"),
    /** 对外公开总数量 (F2019). */
    TOTAL("对外公开总数量"),
    /** 上一年项目数量 (F2019). */
    PREV_ITEMS("上一年项目数量"),
    /** 本年增/减 (F2019, signed). */
    CHANGE("本年增/减"),
    /** 采购项目数量 (F2019). */
    ITEMS("采购项目数量");

    private final String label;

    T1Column(String label) {
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
