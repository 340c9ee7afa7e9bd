package io.github.ogireport.model;

/** Value columns of T2, in official order (domain-spec §5.1). */
public enum T2Column implements ColumnId {
    /** 自然人. */
    NP("自然人"),
    /** 法人或其他组织 · 商业企业. */
    BIZ("商业企业"),
    /** 法人或其他组织 · 科研机构. */
    RES("科研机构"),
    /** 法人或其他组织 · 社会公益组织. */
    NGO("社会公益组织"),
    /** 法人或其他组织 · 法律服务机构. */
    LAW("法律服务机构"),
    /** 法人或其他组织 · 其他. */
    OTH("其他"),
    /** 总计. */
    TOT("总计");

    private final String label;

    T2Column(String label) {
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
