package io.github.ogireport.corpus;

import io.github.ogireport.model.T2Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One synthetic report before rendering: organ, year, format, the three tables as printed text and the
 * narrative by section. Rendered as pipe text ({@link #toText()}) or HTML with spans ({@link #toHtml()}).
 */
final class SyntheticReport {
    static final String[] T2_HEAD = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};
    static final String[] SECTION_HEADINGS = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};

    final String organ;
    final int year;
    final boolean f2019;
    /** T1 cells as printed, by "ROW.COLUMN" (result-document names), in row order. */
    final Map<String, String> t1 = new LinkedHashMap<>();
    /** T2 cells as printed, by row ordinal of {@link T2Row} and column 0..6 (null: row not printed). */
    final String[][] t2 = new String[T2Row.values().length][];
    /** T3 cells as printed: RV, LD, LR × KEEP, CORR, OTHR, PEND, TOT. */
    final String[][] t3 = new String[3][5];
    /** Narrative paragraphs: index 0 the preamble, 1..6 the sections. */
    final List<List<String>> narrative = new ArrayList<>();

    SyntheticReport(String organ, int year, boolean f2019) {
        this.organ = organ;
        this.year = year;
        this.f2019 = f2019;
        for (int i = 0; i <= 6; i++) {
            narrative.add(new ArrayList<>());
        }
    }

    String title() {
        return organ + year + "年政府信息公开工作年度报告";
    }

    private List<T2Row> t2Rows() {
        List<T2Row> rows = new ArrayList<>();
        for (T2Row r : T2Row.values()) {
            if (t2[r.ordinal()] != null) {
                rows.add(r);
            }
        }
        return rows;
    }

    // ---------------------------------------------------------------- pipe text

    String toText() {
        StringBuilder b = new StringBuilder(8192);
        b.append(title()).append('\n');
        narrative.get(0).forEach(p -> b.append(p).append('\n'));
        for (int s = 1; s <= 6; s++) {
            b.append(SECTION_HEADINGS[s - 1]).append('\n');
            narrative.get(s).forEach(p -> b.append(p).append('\n'));
            if (s == 2) {
                t1Text(b);
            } else if (s == 3) {
                t2Text(b);
            } else if (s == 4) {
                t3Text(b);
            }
        }
        return b.toString();
    }

    private void t1Text(StringBuilder b) {
        if (f2019) {
            b.append("第二十条第(一)项 | ||||\n");
            b.append("信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n");
            row3(b, "规章", "REG", "NEW_MADE", "NEW_PUBLISHED", "TOTAL");
            row3(b, "规范性文件", "NORM", "NEW_MADE", "NEW_PUBLISHED", "TOTAL");
            b.append("第二十条第(五)项 | ||||\n");
            b.append("信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n");
            row3(b, "行政许可", "LICENSE", "PREV_ITEMS", "CHANGE", "DECISIONS");
            row3(b, "其他对外管理服务事项", "OTHER_SERVICE", "PREV_ITEMS", "CHANGE", "DECISIONS");
            b.append("第二十条第(六)项 | ||||\n");
            b.append("信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n");
            row3(b, "行政处罚", "PENALTY", "PREV_ITEMS", "CHANGE", "DECISIONS");
            row3(b, "行政强制", "COERCION", "PREV_ITEMS", "CHANGE", "DECISIONS");
            b.append("第二十条第(八)项 | ||||\n");
            b.append("信息内容 | 上一年项目数量 | 本年增/减 | |\n");
            b.append("行政事业性收费 | ").append(t1.get("FEE.PREV_ITEMS")).append(" | ").append(t1.get("FEE.CHANGE"))
                    .append(" | |\n");
            b.append("第二十条第(九)项 | ||||\n");
            b.append("信息内容 | 采购项目数量 | 采购总金额 | |\n");
            b.append("政府集中采购 | ").append(t1.get("PROCUREMENT.ITEMS")).append(" | ")
                    .append(t1.get("PROCUREMENT.AMOUNT")).append(" | |\n");
        } else {
            b.append("第二十条第(一)项 | |||\n");
            b.append("信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n");
            row3(b, "规章", "REG", "ISSUED", "REPEALED", "VALID");
            row3(b, "行政规范性文件", "NORM", "ISSUED", "REPEALED", "VALID");
            b.append("第二十条第(五)项 | |||\n");
            b.append("信息内容 | 本年处理决定数量 | ||\n");
            b.append("行政许可 | ").append(t1.get("LICENSE.DECISIONS")).append(" | ||\n");
            b.append("第二十条第(六)项 | |||\n");
            b.append("信息内容 | 本年处理决定数量 | ||\n");
            b.append("行政处罚 | ").append(t1.get("PENALTY.DECISIONS")).append(" | ||\n");
            b.append("行政强制 | ").append(t1.get("COERCION.DECISIONS")).append(" | ||\n");
            b.append("第二十条第(八)项 | |||\n");
            b.append("信息内容 | 本年收费金额(单位:万元) | ||\n");
            b.append("行政事业性收费 | ").append(t1.get("FEE.AMOUNT")).append(" |\n");
        }
    }

    private void row3(StringBuilder b, String label, String row, String c1, String c2, String c3) {
        b.append(label).append(" | ").append(t1.get(row + "." + c1)).append(" | ").append(t1.get(row + "." + c2))
                .append(" | ").append(t1.get(row + "." + c3)).append(" |\n");
    }

    private void t2Text(StringBuilder b) {
        b.append("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||\n");
        b.append("自然人 | 法人或其他组织 | 总计 | |||||||\n");
        b.append("商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||\n");
        for (T2Row r : t2Rows()) {
            b.append(textLabel(r));
            for (String v : t2[r.ordinal()]) {
                b.append(" | ").append(v);
            }
            b.append(" |\n");
        }
    }

    private String textLabel(T2Row r) {
        String l = r.label().replace('（', '(').replace('）', ')').replace('，', ',');
        switch (r) {
            case R1:
                return "三、本年度办理结果 | (一)予以公开";
            case R3_1:
                return "(三)不予公开 | " + l;
            case R4_1:
                return "(四)无法提供 | " + l;
            case R5_1:
                return "(五)不予处理 | " + l;
            case R6_1:
                return "(六)其他处理 | " + l;
            default:
                return l;
        }
    }

    private void t3Text(StringBuilder b) {
        b.append("行政复议 | 行政诉讼 | |||||||||||||\n");
        b.append("结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||\n");
        b.append("结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | |||||\n");
        StringBuilder row = new StringBuilder();
        for (String[] g : t3) {
            for (String v : g) {
                row.append(row.length() == 0 ? "" : " | ").append(v);
            }
        }
        b.append(row).append(" |\n");
    }

    // ---------------------------------------------------------------- HTML

    String toHtml() {
        StringBuilder b = new StringBuilder(16384);
        b.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(esc(title()))
                .append("</title></head>\n<body>\n<h1>").append(esc(title())).append("</h1>\n");
        narrative.get(0).forEach(p -> b.append("<p>").append(esc(p)).append("</p>\n"));
        for (int s = 1; s <= 6; s++) {
            b.append("<h2>").append(SECTION_HEADINGS[s - 1]).append("</h2>\n");
            narrative.get(s).forEach(p -> b.append("<p>").append(esc(p)).append("</p>\n"));
            if (s == 2) {
                t1Html(b);
            } else if (s == 3) {
                t2Html(b);
            } else if (s == 4) {
                t3Html(b);
            }
        }
        b.append("</body></html>\n");
        return b.toString();
    }

    private void t1Html(StringBuilder b) {
        b.append("<table border=\"1\">\n");
        if (f2019) {
            caption(b, "第二十条第（一）项", 5);
            head(b, "本年新制作数量", "本年新公开数量", "对外公开总数量");
            hrow(b, "规章", "REG", "NEW_MADE", "NEW_PUBLISHED", "TOTAL");
            hrow(b, "规范性文件", "NORM", "NEW_MADE", "NEW_PUBLISHED", "TOTAL");
            caption(b, "第二十条第（五）项", 5);
            head(b, "上一年项目数量", "本年增/减", "处理决定数量");
            hrow(b, "行政许可", "LICENSE", "PREV_ITEMS", "CHANGE", "DECISIONS");
            hrow(b, "其他对外管理服务事项", "OTHER_SERVICE", "PREV_ITEMS", "CHANGE", "DECISIONS");
            caption(b, "第二十条第（六）项", 5);
            head(b, "上一年项目数量", "本年增/减", "处理决定数量");
            hrow(b, "行政处罚", "PENALTY", "PREV_ITEMS", "CHANGE", "DECISIONS");
            hrow(b, "行政强制", "COERCION", "PREV_ITEMS", "CHANGE", "DECISIONS");
            caption(b, "第二十条第（八）项", 5);
            b.append("<tr><td colspan=\"2\">信息内容</td><td>上一年项目数量</td><td colspan=\"2\">本年增/减</td></tr>\n");
            b.append("<tr><td colspan=\"2\">行政事业性收费</td><td>").append(esc(t1.get("FEE.PREV_ITEMS")))
                    .append("</td><td colspan=\"2\">").append(esc(t1.get("FEE.CHANGE"))).append("</td></tr>\n");
            caption(b, "第二十条第（九）项", 5);
            b.append("<tr><td colspan=\"2\">信息内容</td><td>采购项目数量</td><td colspan=\"2\">采购总金额</td></tr>\n");
            b.append("<tr><td colspan=\"2\">政府集中采购</td><td>").append(esc(t1.get("PROCUREMENT.ITEMS")))
                    .append("</td><td colspan=\"2\">").append(esc(t1.get("PROCUREMENT.AMOUNT"))).append("</td></tr>\n");
        } else {
            caption(b, "第二十条第（一）项", 4);
            b.append("<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>\n");
            for (String[] r : new String[][] {{"规章", "REG"}, {"行政规范性文件", "NORM"}}) {
                b.append("<tr><td>").append(r[0]).append("</td>");
                for (String c : new String[] {"ISSUED", "REPEALED", "VALID"}) {
                    b.append("<td>").append(esc(t1.get(r[1] + "." + c))).append("</td>");
                }
                b.append("</tr>\n");
            }
            String[][] blocks = {{"第二十条第（五）项", "本年处理决定数量", "行政许可", "LICENSE.DECISIONS"},
                {"第二十条第（六）项", "本年处理决定数量", "行政处罚", "PENALTY.DECISIONS", "行政强制", "COERCION.DECISIONS"},
                {"第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费", "FEE.AMOUNT"}};
            for (String[] bl : blocks) {
                caption(b, bl[0], 4);
                b.append("<tr><td>信息内容</td><td colspan=\"3\">").append(bl[1]).append("</td></tr>\n");
                for (int i = 2; i < bl.length; i += 2) {
                    b.append("<tr><td>").append(bl[i]).append("</td><td colspan=\"3\">").append(esc(t1.get(bl[i + 1])))
                            .append("</td></tr>\n");
                }
            }
        }
        b.append("</table>\n");
    }

    private static void caption(StringBuilder b, String text, int span) {
        b.append("<tr><td colspan=\"").append(span).append("\">").append(text).append("</td></tr>\n");
    }

    private static void head(StringBuilder b, String c1, String c2, String c3) {
        b.append("<tr><td colspan=\"2\">信息内容</td><td>").append(c1).append("</td><td>").append(c2)
                .append("</td><td>").append(c3).append("</td></tr>\n");
    }

    private void hrow(StringBuilder b, String label, String row, String c1, String c2, String c3) {
        b.append("<tr><td colspan=\"2\">").append(label).append("</td><td>").append(esc(t1.get(row + "." + c1)))
                .append("</td><td>").append(esc(t1.get(row + "." + c2))).append("</td><td>")
                .append(esc(t1.get(row + "." + c3))).append("</td></tr>\n");
    }

    private void t2Html(StringBuilder b) {
        b.append("<table border=\"1\">\n");
        b.append("<tr><td rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
                + "<td colspan=\"7\">申请人情况</td></tr>\n");
        b.append("<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>\n");
        b.append("<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>\n");
        int resultRows = f2019 ? 20 : 22;
        for (T2Row r : t2Rows()) {
            b.append("<tr>");
            switch (r) {
                case NEW:
                case CIN:
                case COUT:
                    b.append("<td colspan=\"3\">").append(r.label()).append("</td>");
                    break;
                case R1:
                    b.append("<td rowspan=\"").append(resultRows).append("\">三、本年度办理结果</td><td colspan=\"2\">")
                            .append(r.label()).append("</td>");
                    break;
                case R2:
                case R6:
                case R7:
                    b.append("<td colspan=\"2\">").append(r.label()).append("</td>");
                    break;
                case R3_1:
                    b.append("<td rowspan=\"8\">（三）不予公开</td><td>").append(r.label()).append("</td>");
                    break;
                case R4_1:
                    b.append("<td rowspan=\"3\">（四）无法提供</td><td>").append(r.label()).append("</td>");
                    break;
                case R5_1:
                    b.append("<td rowspan=\"5\">（五）不予处理</td><td>").append(r.label()).append("</td>");
                    break;
                case R6_1:
                    b.append("<td rowspan=\"3\">（六）其他处理</td><td>").append(r.label()).append("</td>");
                    break;
                default:
                    b.append("<td>").append(r.label()).append("</td>");
                    break;
            }
            for (String v : t2[r.ordinal()]) {
                b.append("<td>").append(v.isEmpty() ? "&nbsp;" : esc(v)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private void t3Html(StringBuilder b) {
        b.append("<table border=\"1\">\n");
        b.append("<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>\n");
        b.append("<tr><td rowspan=\"2\">结果维持</td><td rowspan=\"2\">结果纠正</td><td rowspan=\"2\">其他结果</td>"
                + "<td rowspan=\"2\">尚未审结</td><td rowspan=\"2\">总计</td><td colspan=\"5\">未经复议直接起诉</td>"
                + "<td colspan=\"5\">复议后起诉</td></tr>\n");
        b.append("<tr>");
        for (int i = 0; i < 2; i++) {
            b.append("<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>");
        }
        b.append("</tr>\n<tr>");
        for (String[] g : t3) {
            for (String v : g) {
                b.append("<td>").append(v.isEmpty() ? "&nbsp;" : esc(v)).append("</td>");
            }
        }
        b.append("</tr>\n</table>\n");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
