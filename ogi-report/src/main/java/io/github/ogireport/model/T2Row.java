package io.github.ogireport.model;

/** Rows of T2 (申请), F2019 and F2021, in official order (domain-spec §5.2). */
public enum T2Row implements RowId {
    /** 一、本年新收政府信息公开申请数量. */
    NEW("NEW", "一、本年新收政府信息公开申请数量"),
    /** 二、上年结转政府信息公开申请数量. */
    CIN("CIN", "二、上年结转政府信息公开申请数量"),
    /** （一）予以公开. */
    R1("R1", "（一）予以公开"),
    /** （二）部分公开. */
    R2("R2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    /** （三）不予公开 1.属于国家秘密. */
    R3_1("R3.1", "1.属于国家秘密"),
    /** 2.其他法律行政法规禁止公开. */
    R3_2("R3.2", "2.其他法律行政法规禁止公开"),
    /** 3.危及“三安全一稳定”. */
    R3_3("R3.3", "3.危及“三安全一稳定”"),
    /** 4.保护第三方合法权益. */
    R3_4("R3.4", "4.保护第三方合法权益"),
    /** 5.属于三类内部事务信息. */
    R3_5("R3.5", "5.属于三类内部事务信息"),
    /** 6.属于四类过程性信息. */
    R3_6("R3.6", "6.属于四类过程性信息"),
    /** 7.属于行政执法案卷. */
    R3_7("R3.7", "7.属于行政执法案卷"),
    /** 8.属于行政查询事项. */
    R3_8("R3.8", "8.属于行政查询事项"),
    /** （四）无法提供 1.本机关不掌握相关政府信息. */
    R4_1("R4.1", "1.本机关不掌握相关政府信息"),
    /** 2.没有现成信息需要另行制作. */
    R4_2("R4.2", "2.没有现成信息需要另行制作"),
    /** 3.补正后申请内容仍不明确. */
    R4_3("R4.3", "3.补正后申请内容仍不明确"),
    /** （五）不予处理 1.信访举报投诉类申请. */
    R5_1("R5.1", "1.信访举报投诉类申请"),
    /** 2.重复申请. */
    R5_2("R5.2", "2.重复申请"),
    /** 3.要求提供公开出版物. */
    R5_3("R5.3", "3.要求提供公开出版物"),
    /** 4.无正当理由大量反复申请. */
    R5_4("R5.4", "4.无正当理由大量反复申请"),
    /** 5.要求行政机关确认或重新出具已获取信息. */
    R5_5("R5.5", "5.要求行政机关确认或重新出具已获取信息"),
    /** （六）其他处理, the single row of F2019. */
    R6("R6", "（六）其他处理"),
    /** （六）其他处理 1.申请人无正当理由逾期不补正… (F2021). */
    R6_1("R6.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    /** 2.申请人逾期未按收费通知要求缴纳费用… (F2021). */
    R6_2("R6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    /** 3.其他 (F2021). */
    R6_3("R6.3", "3.其他"),
    /** （七）总计. */
    R7("R7", "（七）总计"),
    /** 四、结转下年度继续办理. */
    COUT("COUT", "四、结转下年度继续办理");

    private final String id;
    private final String label;

    T2Row(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public TableId table() {
        return TableId.T2;
    }

    /**
     * The row with this result-document ID ({@code R3.1}), or null.
     *
     * @param id a row ID, e.g. {@code NEW}
     * @return the row
     */
    public static T2Row byId(String id) {
        for (T2Row row : values()) {
            if (row.id.equals(id)) {
                return row;
            }
        }
        return null;
    }

    /**
     * True for the result rows whose sum is （七）总计 (RES_ROWS of domain-spec §8.1, either format).
     *
     * @return true for the rows of results (三、本年度办理结果)
     */
    public boolean isResult() {
        return ordinal() >= R1.ordinal() && ordinal() <= R6_3.ordinal();
    }
}
