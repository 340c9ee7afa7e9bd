package io.github.ogireport.bench;

import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.T3Column;
import io.github.ogireport.model.T3Row;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds a realistic, deterministic F2021 annual report of a fictitious organ (青溪市滨河区人民政府办公室, 2024)
 * for benchmarks and tests, in two containers with the same content:
 *
 * <ul>
 *   <li>{@link #html()}: a page as a district government site publishes it, 50–100 KB of UTF-8: site chrome
 *       (scripts, navigation, breadcrumb, footer), the six sections with long narrative paragraphs in Chinese
 *       pasted from Word (inline styles, nested {@code <p>/<span>}, numbers in their own {@code lang="EN-US"}
 *       runs), and T1/T2/T3 with the official {@code rowspan}/{@code colspan} layout of domain-spec §4.1,
 *       §5.1/§5.2 and §6;</li>
 *   <li>{@link #pipeText()}: the same title, paragraphs and tables exported as page text, one table row per line
 *       with cells split by {@code |} (as in {@code testdata/samples/2024-gaochang-jdb.txt}).</li>
 * </ul>
 *
 * <p>The numbers come from a seeded {@link Random} (whose algorithm the JDK specifies, so they are the same on
 * every JVM) and reconcile: T2-E1, T2-L1 and T2-L2 hold in every column and row, T3-L1 holds in every group,
 * and the narrative figures (received, answered, carried over, per result group, review and litigation)
 * equal the tables. The expected values are exposed ({@link #t1}, {@link #t2}, {@link #t3}) so that tests can
 * check that a parse really read every cell.
 *
 * <p>The narrative is composed from a pool of bureaucratic sentences with varying figures; some repetition is
 * accepted (real reports repeat themselves too). Nothing here depends on the parser's internals.
 */
public final class SyntheticReports {
    /** The issuing organ named in the title. */
    public static final String AGENCY = "青溪市滨河区人民政府办公室";
    /** The report year. */
    public static final int YEAR = 2024;
    /** The report title. */
    public static final String TITLE = AGENCY + YEAR + "年政府信息公开工作年度报告";
    /** A file name for the HTML page (the name tells the parser the container). */
    public static final String HTML_NAME = "2024-binhe-qzfb.html";
    /** A file name for the page text. */
    public static final String TEXT_NAME = "2024-binhe-qzfb.txt";

    /** T2 rows of the 2021 format, in official order (25 rows). */
    public static final List<T2Row> T2_ROWS;
    /** T1 rows of the 2021 format, in official order. */
    public static final List<T1Row> T1_ROWS = List.of(T1Row.REG, T1Row.NORM, T1Row.LICENSE, T1Row.PENALTY,
            T1Row.COERCION, T1Row.FEE);

    private static final List<T2Column> C6 = List.of(T2Column.NP, T2Column.BIZ, T2Column.RES, T2Column.NGO,
            T2Column.LAW, T2Column.OTH);
    /** Upper bound of each result row's 自然人 value; other columns get a share of it. */
    private static final Map<T2Row, Integer> RESULT_MAX = new EnumMap<>(T2Row.class);
    /** Share (percent) of the 自然人 bound that each applicant column gets. */
    private static final int[] COLUMN_SHARE = {100, 30, 5, 6, 20, 12};

    private static final Map<T2Row, Map<T2Column, Long>> T2;
    private static final Map<T3Row, Map<T3Column, Long>> T3;
    private static final Map<T1Row, Map<T1Column, BigDecimal>> T1;

    static {
        List<T2Row> rows = new ArrayList<>();
        for (T2Row r : T2Row.values()) {
            if (r != T2Row.R6) {
                rows.add(r);
            }
        }
        T2_ROWS = List.copyOf(rows);
        int[] max = {160, 24, 2, 3, 2, 4, 6, 9, 3, 12, 45, 8, 6, 9, 4, 3, 2, 3, 5, 2, 7};
        int k = 0;
        for (T2Row r : T2_ROWS) {
            if (r.isResult()) {
                RESULT_MAX.put(r, max[k++]);
            }
        }
        T2 = buildT2();
        T3 = buildT3();
        T1 = buildT1();
    }

    /** The rendered report, built on first use (after the sentence pools below are initialised). */
    private static final class Rendered {
        static final String HTML;
        static final String TEXT;

        static {
            Content content = new Content();
            HTML = new HtmlRenderer().render(content);
            TEXT = new TextRenderer().render(content);
        }

        private Rendered() {
        }
    }

    private SyntheticReports() {
    }

    /** The HTML page as published. */
    public static String html() {
        return Rendered.HTML;
    }

    /** The HTML page as UTF-8 bytes, as read from disk. */
    public static byte[] htmlBytes() {
        return Rendered.HTML.getBytes(StandardCharsets.UTF_8);
    }

    /** The same report as pipe-delimited page text. */
    public static String pipeText() {
        return Rendered.TEXT;
    }

    /** The page text as UTF-8 bytes. */
    public static byte[] pipeTextBytes() {
        return Rendered.TEXT.getBytes(StandardCharsets.UTF_8);
    }

    /** The expected T2 value at row and column. */
    public static long t2(T2Row row, T2Column column) {
        return T2.get(row).get(column);
    }

    /** The expected T3 value in group and column. */
    public static long t3(T3Row row, T3Column column) {
        return T3.get(row).get(column);
    }

    /** The expected T1 value at row and column, or null when the row has no such column. */
    public static BigDecimal t1(T1Row row, T1Column column) {
        return T1.get(row).get(column);
    }

    /** The T1 columns of a row in the 2021 format. */
    public static List<T1Column> t1Columns(T1Row row) {
        return List.copyOf(T1.get(row).keySet());
    }

    // ---------------------------------------------------------------- numbers

    private static Map<T2Row, Map<T2Column, Long>> buildT2() {
        Random rnd = new Random(20250120L);
        Map<T2Row, Map<T2Column, Long>> t = new EnumMap<>(T2Row.class);
        for (T2Row r : T2_ROWS) {
            t.put(r, new EnumMap<>(T2Column.class));
        }
        for (int c = 0; c < C6.size(); c++) {
            T2Column col = C6.get(c);
            long r7 = 0;
            for (T2Row r : T2_ROWS) {
                if (r.isResult()) {
                    int bound = RESULT_MAX.get(r) * COLUMN_SHARE[c] / 100;
                    long v = rnd.nextInt(bound + 1);
                    t.get(r).put(col, v);
                    r7 += v;
                }
            }
            long cin = rnd.nextInt((int) (r7 / 10) + 1);
            long cout = rnd.nextInt((int) (r7 / 8) + 2);
            t.get(T2Row.R7).put(col, r7);
            t.get(T2Row.CIN).put(col, cin);
            t.get(T2Row.COUT).put(col, cout);
            t.get(T2Row.NEW).put(col, r7 + cout - cin); // 勾稽: NEW + CIN = R7 + COUT
        }
        for (T2Row r : T2_ROWS) {
            long sum = 0;
            for (T2Column col : C6) {
                sum += t.get(r).get(col);
            }
            t.get(r).put(T2Column.TOT, sum);
        }
        return t;
    }

    private static Map<T3Row, Map<T3Column, Long>> buildT3() {
        long[][] v = {{6, 2, 1, 3}, {4, 1, 0, 2}, {2, 0, 1, 1}};
        Map<T3Row, Map<T3Column, Long>> t = new EnumMap<>(T3Row.class);
        for (T3Row g : T3Row.values()) {
            Map<T3Column, Long> m = new EnumMap<>(T3Column.class);
            long sum = 0;
            for (int i = 0; i < 4; i++) {
                m.put(T3Column.values()[i], v[g.ordinal()][i]);
                sum += v[g.ordinal()][i];
            }
            m.put(T3Column.TOT, sum);
            t.put(g, m);
        }
        return t;
    }

    private static Map<T1Row, Map<T1Column, BigDecimal>> buildT1() {
        Map<T1Row, Map<T1Column, BigDecimal>> t = new EnumMap<>(T1Row.class);
        t.put(T1Row.REG, documents(0, 0, 0)); // a district government makes no 规章
        t.put(T1Row.NORM, documents(7, 3, 52));
        t.put(T1Row.LICENSE, single(T1Column.DECISIONS, BigDecimal.valueOf(15236)));
        t.put(T1Row.PENALTY, single(T1Column.DECISIONS, BigDecimal.valueOf(3864)));
        t.put(T1Row.COERCION, single(T1Column.DECISIONS, BigDecimal.valueOf(127)));
        t.put(T1Row.FEE, single(T1Column.AMOUNT, new BigDecimal("2356.78"))); // 万元
        return t;
    }

    private static Map<T1Column, BigDecimal> documents(long issued, long repealed, long valid) {
        Map<T1Column, BigDecimal> m = new EnumMap<>(T1Column.class);
        m.put(T1Column.ISSUED, BigDecimal.valueOf(issued));
        m.put(T1Column.REPEALED, BigDecimal.valueOf(repealed));
        m.put(T1Column.VALID, BigDecimal.valueOf(valid));
        return m;
    }

    private static Map<T1Column, BigDecimal> single(T1Column column, BigDecimal value) {
        Map<T1Column, BigDecimal> m = new EnumMap<>(T1Column.class);
        m.put(column, value);
        return m;
    }

    private static long group(String prefix) {
        long sum = 0;
        for (T2Row r : T2_ROWS) {
            if (r.isResult() && (r.id().equals(prefix) || r.id().startsWith(prefix + "."))) {
                sum += t2(r, T2Column.TOT);
            }
        }
        return sum;
    }

    // ---------------------------------------------------------------- content model

    /** A run of text inside a paragraph; numbers become their own run, as Word exports them. */
    private record Run(String text, boolean bold) {
    }

    /** A block of the article: a paragraph (possibly a heading) or a table. */
    private interface Block {
    }

    private record Para(List<Run> runs, boolean heading) implements Block {
        String text() {
            StringBuilder b = new StringBuilder();
            for (Run r : runs) {
                b.append(r.text());
            }
            return b.toString();
        }
    }

    /** A physical table cell. */
    private record TCell(String text, int rowspan, int colspan, boolean header) {
    }

    private record Table(int width, List<List<TCell>> rows) implements Block {
    }

    /** The report's content, independent of the container. */
    private static final class Content {
        final List<Block> blocks = new ArrayList<>();
        private final Random rnd = new Random(7L);

        Content() {
            heading("一、总体情况");
            para("本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，由" + AGENCY + "编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限为" + YEAR + "年1月1日至" + YEAR + "年12月31日。本报告电子版可在青溪市滨河区人民政府门户网站下载。如对本报告有疑问，请与滨河区人民政府办公室联系。");
            para(YEAR + "年，滨河区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，认真落实党中央、国务院关于全面推进政务公开的决策部署和省、市工作要求，紧紧围绕区委、区政府中心工作，以公开促落实、以公开强监管、以公开优服务，持续提升政务公开标准化规范化水平，政府透明度和公信力进一步增强。");
            subsection("（一）主动公开情况。", PROACTIVE, 3);
            subsection("（二）依申请公开情况。", REQUESTS, 2);
            subsection("（三）政府信息管理情况。", MANAGEMENT, 2);
            subsection("（四）政府信息公开平台建设情况。", PLATFORM, 2);
            subsection("（五）监督保障情况。", OVERSIGHT, 2);

            heading("二、主动公开政府信息情况");
            para("全区各级行政机关严格按照《条例》第二十条规定的主动公开内容，及时、准确公开行政规范性文件、行政许可、行政处罚、行政强制和行政事业性收费等政府信息。本年度区政府及区政府办公室制发行政规范性文件" + num(t1(T1Row.NORM, T1Column.ISSUED)) + "件，废止" + num(t1(T1Row.NORM, T1Column.REPEALED)) + "件，现行有效" + num(t1(T1Row.NORM, T1Column.VALID)) + "件；全区作出行政许可决定" + num(t1(T1Row.LICENSE, T1Column.DECISIONS)) + "件，行政处罚决定" + num(t1(T1Row.PENALTY, T1Column.DECISIONS)) + "件，行政强制决定" + num(t1(T1Row.COERCION, T1Column.DECISIONS)) + "件。具体情况如下表：");
            blocks.add(t1Table());

            heading("三、收到和处理政府信息公开申请情况");
            para("本年度，全区共新收政府信息公开申请" + num(t2(T2Row.NEW, T2Column.TOT)) + "件，上年结转政府信息公开申请" + num(t2(T2Row.CIN, T2Column.TOT)) + "件，办理答复" + num(t2(T2Row.R7, T2Column.TOT)) + "件，结转下年度继续办理" + num(t2(T2Row.COUT, T2Column.TOT)) + "件。从申请人类型看，自然人提出申请" + num(t2(T2Row.NEW, T2Column.NP)) + "件，法人或其他组织提出申请" + num(t2(T2Row.NEW, T2Column.TOT) - t2(T2Row.NEW, T2Column.NP)) + "件。从办理结果看，予以公开" + num(group("R1")) + "件，部分公开" + num(group("R2")) + "件，不予公开" + num(group("R3")) + "件，无法提供" + num(group("R4")) + "件，不予处理" + num(group("R5")) + "件，其他处理" + num(group("R6")) + "件。具体情况如下表：");
            blocks.add(t2Table());

            heading("四、政府信息公开行政复议、行政诉讼情况");
            long suits = t3(T3Row.LD, T3Column.TOT) + t3(T3Row.LR, T3Column.TOT);
            para("本年度，因政府信息公开工作被申请行政复议" + num(t3(T3Row.RV, T3Column.TOT)) + "件，其中结果维持" + num(t3(T3Row.RV, T3Column.KEEP)) + "件，结果纠正" + num(t3(T3Row.RV, T3Column.CORR)) + "件，其他结果" + num(t3(T3Row.RV, T3Column.OTHR)) + "件，尚未审结" + num(t3(T3Row.RV, T3Column.PEND)) + "件；被提起行政诉讼" + num(suits) + "件，其中未经复议直接起诉" + num(t3(T3Row.LD, T3Column.TOT)) + "件，复议后起诉" + num(t3(T3Row.LR, T3Column.TOT)) + "件。对被纠正的案件，已逐案分析原因并督促相关单位重新作出答复。具体情况如下表：");
            blocks.add(t3Table());

            heading("五、存在的主要问题及改进情况");
            para("（一）存在的主要问题");
            para(String.join("", PROBLEMS) + "以上问题，需要在今后的工作中认真加以解决。");
            para("（二）上年度问题整改情况");
            para("针对上年度年报中提出的政策解读形式单一、部分栏目更新不及时等问题，本年度已逐项制定整改措施，明确责任单位和完成时限，通过开展专项检查、建立月度通报机制等方式推动整改落实，相关问题已基本整改到位。");
            para("（三）改进措施");
            para(String.join("", IMPROVEMENTS) + "通过以上措施，推动全区政务公开工作再上新台阶。");

            heading("六、其他需要报告的事项");
            para("1.政府信息公开信息处理费收取情况。本年度全区各行政机关依据《政府信息公开信息处理费管理办法》，向申请人发出收费通知" + num(t2(T2Row.R6_2, T2Column.TOT) + 2) + "件，实际收取信息处理费" + num(400) + "元。");
            para("2.落实上级年度政务公开工作要点情况。" + sentences(OVERSIGHT, 3) + sentences(PROACTIVE, 2));
            para("3.人大代表建议和政协提案办理结果公开情况。全年承办区人大代表建议" + num(86) + "件、区政协提案" + num(112) + "件，均已按期办结，办复率100%，办理复文全文公开率100%。对涉及公共利益、社会关注度高的建议提案，在门户网站“建议提案办理”专栏集中公开办理结果。");
            para("4.年度工作创新情况。" + sentences(PLATFORM, 3));
            para("5.其他事项。如需了解更多政府信息，请登录青溪市滨河区人民政府门户网站“政府信息公开”专栏查询。");
        }

        private void heading(String text) {
            blocks.add(new Para(List.of(new Run(text, true)), true));
        }

        private void para(String text) {
            blocks.add(new Para(runs(text), false));
        }

        /** A bold sub-heading followed by long paragraphs drawn from {@code pool}. */
        private void subsection(String title, List<String> pool, int paragraphs) {
            for (int p = 0; p < paragraphs; p++) {
                List<Run> runs = new ArrayList<>();
                if (p == 0) {
                    runs.add(new Run(title, true));
                }
                runs.addAll(runs(sentences(pool, 5 + p % 2)));
                blocks.add(new Para(runs, false));
            }
        }

        /** {@code n} sentences from the pool, starting at a seeded offset, with their %d slots filled. */
        private String sentences(List<String> pool, int n) {
            StringBuilder b = new StringBuilder();
            int start = rnd.nextInt(pool.size());
            for (int i = 0; i < n; i++) {
                String s = pool.get((start + i) % pool.size());
                while (s.contains("%d")) {
                    s = s.replaceFirst("%d", num(2 + rnd.nextInt(300)));
                }
                b.append(s);
            }
            return b.toString();
        }

        /** Splits text into runs, numbers (marked by {@link #num}) into their own runs. */
        private static List<Run> runs(String text) {
            List<Run> out = new ArrayList<>();
            int from = 0;
            while (from < text.length()) {
                int open = text.indexOf('\u0001', from);
                if (open < 0) {
                    out.add(new Run(text.substring(from), false));
                    break;
                }
                if (open > from) {
                    out.add(new Run(text.substring(from, open), false));
                }
                int close = text.indexOf('\u0002', open);
                out.add(new Run(text.substring(open, close + 1), false));
                from = close + 1;
            }
            return out;
        }

        private Table t1Table() {
            List<List<TCell>> rows = new ArrayList<>();
            rows.add(List.of(h("第二十条第（一）项", 1, 4)));
            rows.add(List.of(h("信息内容"), h("本年制发件数"), h("本年废止件数"), h("现行有效件数")));
            for (T1Row r : List.of(T1Row.REG, T1Row.NORM)) {
                rows.add(List.of(label(r.label(), 1, 1), v(t1(r, T1Column.ISSUED)), v(t1(r, T1Column.REPEALED)),
                        v(t1(r, T1Column.VALID))));
            }
            rows.add(List.of(h("第二十条第（五）项", 1, 4)));
            rows.add(List.of(h("信息内容"), h("本年处理决定数量", 1, 3)));
            rows.add(List.of(label("行政许可", 1, 1), v(t1(T1Row.LICENSE, T1Column.DECISIONS), 3)));
            rows.add(List.of(h("第二十条第（六）项", 1, 4)));
            rows.add(List.of(h("信息内容"), h("本年处理决定数量", 1, 3)));
            rows.add(List.of(label("行政处罚", 1, 1), v(t1(T1Row.PENALTY, T1Column.DECISIONS), 3)));
            rows.add(List.of(label("行政强制", 1, 1), v(t1(T1Row.COERCION, T1Column.DECISIONS), 3)));
            rows.add(List.of(h("第二十条第（八）项", 1, 4)));
            rows.add(List.of(h("信息内容"), h("本年收费金额（单位：万元）", 1, 3)));
            rows.add(List.of(label("行政事业性收费", 1, 1), v(t1(T1Row.FEE, T1Column.AMOUNT), 3)));
            return new Table(4, rows);
        }

        private Table t2Table() {
            List<List<TCell>> rows = new ArrayList<>();
            rows.add(List.of(h("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
                    h("申请人情况", 1, 7)));
            rows.add(List.of(h("自然人", 2, 1), h("法人或其他组织", 1, 5), h("总计", 2, 1)));
            rows.add(List.of(h("商业企业"), h("科研机构"), h("社会公益组织"), h("法律服务机构"), h("其他")));
            for (T2Row r : T2_ROWS) {
                List<TCell> row = new ArrayList<>();
                switch (r) {
                    case NEW:
                    case CIN:
                    case COUT:
                        row.add(label(r.label(), 1, 3));
                        break;
                    case R1:
                        row.add(label("三、本年度办理结果", 22, 1));
                        row.add(label(r.label(), 1, 2));
                        break;
                    case R2:
                    case R7:
                        row.add(label(r.label(), 1, 2));
                        break;
                    case R3_1:
                        row.add(label("（三）不予公开", 8, 1));
                        row.add(label(r.label(), 1, 1));
                        break;
                    case R4_1:
                        row.add(label("（四）无法提供", 3, 1));
                        row.add(label(r.label(), 1, 1));
                        break;
                    case R5_1:
                        row.add(label("（五）不予处理", 5, 1));
                        row.add(label(r.label(), 1, 1));
                        break;
                    case R6_1:
                        row.add(label("（六）其他处理", 3, 1));
                        row.add(label(r.label(), 1, 1));
                        break;
                    default:
                        row.add(label(r.label(), 1, 1));
                }
                for (T2Column c : T2Column.values()) {
                    row.add(v(t2(r, c)));
                }
                rows.add(row);
            }
            return new Table(10, rows);
        }

        private Table t3Table() {
            List<List<TCell>> rows = new ArrayList<>();
            rows.add(List.of(h("行政复议", 1, 5), h("行政诉讼", 1, 10)));
            List<TCell> second = new ArrayList<>();
            for (T3Column c : T3Column.values()) {
                second.add(h(c.label(), 2, 1));
            }
            second.add(h("未经复议直接起诉", 1, 5));
            second.add(h("复议后起诉", 1, 5));
            rows.add(second);
            List<TCell> third = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                for (T3Column c : T3Column.values()) {
                    third.add(h(c.label()));
                }
            }
            rows.add(third);
            List<TCell> data = new ArrayList<>();
            for (T3Row g : T3Row.values()) {
                for (T3Column c : T3Column.values()) {
                    data.add(v(t3(g, c)));
                }
            }
            rows.add(data);
            return new Table(15, rows);
        }

        private static TCell h(String text) {
            return h(text, 1, 1);
        }

        private static TCell h(String text, int rowspan, int colspan) {
            return new TCell(text, rowspan, colspan, true);
        }

        private static TCell label(String text, int rowspan, int colspan) {
            return new TCell(text, rowspan, colspan, false);
        }

        private static TCell v(long value) {
            return new TCell(Long.toString(value), 1, 1, false);
        }

        private static TCell v(BigDecimal value) {
            return new TCell(value.toPlainString(), 1, 1, false);
        }

        private static TCell v(BigDecimal value, int colspan) {
            return new TCell(value.toPlainString(), 1, colspan, false);
        }
    }

    /** Marks a number so that the HTML renderer puts it in its own run (Word's {@code lang="EN-US"} span). */
    private static String num(long n) {
        return "\u0001" + n + "\u0002";
    }

    private static String num(BigDecimal n) {
        return "\u0001" + n.toPlainString() + "\u0002";
    }

    private static String plain(String s) {
        return s.replace("\u0001", "").replace("\u0002", "");
    }

    // ---------------------------------------------------------------- renderers

    /** Renders the content as a page of a district government site, Word-pasted article body. */
    private static final class HtmlRenderer {
        private static final String P_STYLE = "text-indent:2em;line-height:1.75em;margin-top:0px;margin-bottom:0px;"
                + "text-align:justify;font-family:仿宋_GB2312;";
        private static final String SPAN_STYLE = "font-family:仿宋_GB2312, 仿宋;font-size:16px;color:#333333;";
        private static final String HEAD_STYLE = "font-family:黑体, SimHei;font-size:16px;";
        private static final String SUB_STYLE = "font-family:楷体_GB2312, 楷体;font-size:16px;";
        private static final String TD_STYLE = "padding:2px;";
        private static final String CELL_P = "text-align:center;margin:0;";
        private static final String CELL_SPAN = "font-size:14px;";

        private final StringBuilder b = new StringBuilder(96 * 1024);

        String render(Content content) {
            b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n")
                    .append("<meta name=\"SiteName\" content=\"青溪市滨河区人民政府\">\n")
                    .append("<meta name=\"ColumnName\" content=\"政府信息公开年报\">\n")
                    .append("<meta name=\"ArticleTitle\" content=\"").append(TITLE).append("\">\n")
                    .append("<meta name=\"PubDate\" content=\"2025-01-20 09:30\">\n")
                    .append("<title>").append(TITLE).append("</title>\n")
                    .append("<link rel=\"stylesheet\" href=\"/static/css/common.css\">\n")
                    .append("<script src=\"/static/js/jquery-1.12.4.min.js\"></script>\n")
                    .append("<script>var _hmt = _hmt || [];(function(){var hm = document.createElement(\"script\");")
                    .append("hm.src = \"https://hm.example.invalid/hm.js?0123456789abcdef\";")
                    .append("var s = document.getElementsByTagName(\"script\")[0];s.parentNode.insertBefore(hm, s);})();")
                    .append("</script>\n</head>\n<body>\n")
                    .append("<div class=\"top\"><div class=\"w1200\"><div class=\"logo\"><a href=\"/\">")
                    .append("<img src=\"/static/images/logo.png\" alt=\"青溪市滨河区人民政府\"></a></div>\n")
                    .append("<div class=\"top-links\"><a href=\"javascript:void(0)\" id=\"wza\">无障碍</a> | ")
                    .append("<a href=\"javascript:void(0)\" id=\"zzms\">长者模式</a> | <a href=\"/sjb/\">手机版</a></div></div></div>\n")
                    .append("<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/zjbh/\">走进滨河</a>")
                    .append("<a href=\"/zwgk/\">政务公开</a><a href=\"/zwfw/\">政务服务</a><a href=\"/hdjl/\">互动交流</a>")
                    .append("<a href=\"/ztzl/\">专题专栏</a></div>\n")
                    .append("<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; ")
                    .append("<a href=\"/zwgk/fdzdgknr/\">法定主动公开内容</a></div>\n")
                    .append("<div class=\"article w1200\">\n<div class=\"article-title\">").append(TITLE).append("</div>\n")
                    .append("<div class=\"article-info\"><span>发布日期：2025-01-20</span>&nbsp;&nbsp;")
                    .append("<span>来源：区政府办公室</span>&nbsp;&nbsp;<span>浏览次数：<em id=\"hits\">1024</em></span>")
                    .append("&nbsp;&nbsp;<span>字号：【<a href=\"javascript:doZoom(18)\">大</a> ")
                    .append("<a href=\"javascript:doZoom(16)\">中</a> <a href=\"javascript:doZoom(14)\">小</a>】</span></div>\n")
                    .append("<div class=\"TRS_Editor\"><div class=\"view TRS_UEDITOR trs_paper_default trs_web\">\n");
            for (Block block : content.blocks) {
                if (block instanceof Para) {
                    para((Para) block);
                } else {
                    table((Table) block);
                }
            }
            b.append("<p style=\"text-align:right;line-height:1.75em;\"><span style=\"").append(SPAN_STYLE)
                    .append("\">青溪市滨河区人民政府办公室</span></p>\n")
                    .append("<p style=\"text-align:right;line-height:1.75em;\"><span style=\"").append(SPAN_STYLE)
                    .append("\"><span lang=\"EN-US\">2025</span>年<span lang=\"EN-US\">1</span>月")
                    .append("<span lang=\"EN-US\">20</span>日</span></p>\n")
                    .append("</div></div>\n")
                    .append("<div class=\"article-tools\"><a href=\"javascript:window.print()\">【打印本页】</a> ")
                    .append("<a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n")
                    .append("<div class=\"qrcode\"><div id=\"qrcode\"></div><p>扫一扫在手机上查看当前页面</p></div>\n")
                    .append("</div>\n")
                    .append("<div class=\"footer\"><div class=\"w1200\"><p>主办：青溪市滨河区人民政府办公室　")
                    .append("承办：青溪市滨河区政务服务和大数据管理局</p><p>网站标识码：0000000000　")
                    .append("<a href=\"https://beian.miit.gov.cn/\">备案号：示ICP备00000000号-1</a></p></div></div>\n")
                    .append("<script src=\"/static/js/qrcode.min.js\"></script>\n")
                    .append("<script>$(function(){new QRCode(document.getElementById(\"qrcode\"),")
                    .append("{text: location.href, width: 96, height: 96});});</script>\n")
                    .append("</body>\n</html>\n");
            return b.toString();
        }

        private void para(Para p) {
            b.append("<p style=\"").append(P_STYLE).append("\">");
            if (p.heading()) {
                b.append("<strong><span style=\"").append(HEAD_STYLE).append("\">")
                        .append(esc(p.text())).append("</span></strong></p>\n");
                return;
            }
            boolean open = false;
            boolean split = false;
            for (Run r : p.runs()) {
                String t = r.text();
                if (r.bold()) {
                    b.append("<span style=\"").append(SUB_STYLE).append("\"><strong>").append(esc(t))
                            .append("</strong></span>");
                    continue;
                }
                if (!open) {
                    b.append("<span style=\"").append(SPAN_STYLE).append("\">");
                    open = true;
                }
                if (t.startsWith("\u0001")) {
                    // Word keeps digits in their own run inside the paragraph's run
                    b.append("<span lang=\"EN-US\">").append(esc(plain(t))).append("</span>");
                } else {
                    // and wraps the first sentence in a nested font-size run of its own
                    int cut = t.indexOf('。');
                    if (!split && cut > 0 && cut < t.length() - 1) {
                        b.append("<span style=\"font-size:16px;\">").append(esc(t.substring(0, cut + 1)))
                                .append("</span>");
                        t = t.substring(cut + 1);
                        split = true;
                    }
                    b.append(esc(t));
                }
            }
            if (open) {
                b.append("</span>");
            }
            b.append("</p>\n");
        }

        private void table(Table t) {
            b.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\" ")
                    .append("style=\"border-collapse:collapse;width:100%;margin:0 auto;\">\n<tbody>\n");
            for (List<TCell> row : t.rows()) {
                b.append("<tr style=\"height:24px;\">");
                for (TCell c : row) {
                    b.append("<td");
                    if (c.rowspan() > 1) {
                        b.append(" rowspan=\"").append(c.rowspan()).append('"');
                    }
                    if (c.colspan() > 1) {
                        b.append(" colspan=\"").append(c.colspan()).append('"');
                    }
                    b.append(" valign=\"middle\" style=\"").append(TD_STYLE).append("\"><p style=\"")
                            .append(CELL_P).append("\"><span style=\"").append(CELL_SPAN).append("\">");
                    if (c.header()) {
                        b.append("<strong>").append(esc(c.text())).append("</strong>");
                    } else {
                        b.append(esc(c.text()));
                    }
                    b.append("</span></p></td>");
                }
                b.append("</tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }

        private static String esc(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }

    /** Renders the content as page text: one paragraph per line, one table row per line with {@code |}. */
    private static final class TextRenderer {
        String render(Content content) {
            StringBuilder b = new StringBuilder(48 * 1024);
            b.append(TITLE).append('\n');
            for (Block block : content.blocks) {
                if (block instanceof Para) {
                    b.append(plain(((Para) block).text())).append('\n');
                } else {
                    Table t = (Table) block;
                    for (List<TCell> row : t.rows()) {
                        List<String> cells = new ArrayList<>();
                        for (TCell c : row) {
                            cells.add(c.text());
                        }
                        // physical cells, then one empty cell per logical column a merge swallowed, as web exports do
                        b.append(String.join(" | ", cells)).append(" |");
                        int covered = 0;
                        for (TCell c : row) {
                            covered += c.colspan();
                        }
                        b.append("|".repeat(Math.max(0, Math.min(covered, t.width()) - cells.size())));
                        b.append('\n');
                    }
                }
            }
            return b.toString();
        }
    }

    // ---------------------------------------------------------------- sentence pools

    private static final List<String> PROACTIVE = List.of(
            "围绕区委、区政府中心工作，全年通过区政府门户网站累计主动公开各类政府信息%d条，其中政策文件%d件、政策解读%d篇，以图片、音视频等形式解读政策%d次。",
            "坚持以公开为常态、不公开为例外，严格落实公文公开属性源头认定机制，对拟制发的公文在起草环节即明确主动公开、依申请公开或不予公开属性，全年经审查明确为主动公开的公文%d件。",
            "聚焦财政预决算、重大建设项目、公共资源配置、社会公益事业等重点领域，分类细化公开目录，按照“谁制作、谁公开，谁保存、谁公开”的原则压实各部门主体责任。",
            "及时公开区政府常务会议议定事项和重要工作部署，在会议召开后及时发布会议新闻稿，全年共发布常务会议信息%d期，涉及议题%d项。",
            "持续做好惠企利民政策集中公开，在门户网站设立“惠企政策直通车”专栏，汇集就业创业、税费减免、融资支持等政策%d项，并同步推送至政务服务平台和政务新媒体。",
            "深化政策解读回应，落实文件与解读同步起草、同步审签、同步发布要求，区政府及区政府办公室印发的行政规范性文件全部配发解读材料，做到应解尽解。",
            "加强行政执法信息公示，全面落实行政执法公示、执法全过程记录和重大执法决定法制审核制度，在行政执法决定作出之日起七个工作日内公开执法决定信息。",
            "规范开展年度政务公开重点工作任务分解，制定年度政务公开工作要点任务清单，明确%d项具体任务的责任单位和完成时限，逐项跟踪推进、按月调度通报。",
            "扎实做好财政信息公开，全区%d个部门和单位在规定时限内公开部门预算、决算和“三公”经费情况，公开内容细化到功能分类项级科目和经济分类款级科目。",
            "积极回应社会关切，围绕教育入学、医疗保障、城市更新等群众关注的热点问题，通过新闻发布会、政策吹风会等形式发布权威信息%d次，有效引导社会预期。");

    private static final List<String> REQUESTS = List.of(
            "进一步规范依申请公开办理流程，严格执行登记、审核、办理、答复、归档各环节要求，做到每件申请有登记、有审核、有答复、有归档。",
            "建立疑难申请会商机制，对涉及多个部门、内容复杂的申请，由区政府办公室牵头会同区司法局、业务主管部门研究答复意见，全年组织会商%d次。",
            "加强答复文书规范化建设，统一答复文书格式，做到告知内容完整、法律依据准确、救济途径明确，全年修订完善答复文书模板%d个。",
            "注重申请人诉求的实质性回应，对申请内容涉及具体问题反映的，在依法答复的同时转交相关职能部门研究办理，做到件件有回音、事事有着落。",
            "畅通网上申请、信函申请、当面申请等渠道，在区政务服务中心设置依申请公开受理窗口，安排专人负责接收、登记和转办。",
            "组织开展依申请公开案例研讨，选取典型答复案例%d件进行剖析，提升各部门依法答复能力，有效降低行政复议纠错风险。",
            "加强依申请公开与主动公开的衔接，对申请较为集中、具有普遍性的政府信息，经审查后及时转为主动公开，全年转为主动公开的信息%d条。");

    private static final List<String> MANAGEMENT = List.of(
            "严格落实政府信息公开保密审查制度，坚持先审查、后公开和一事一审原则，全年审查拟公开信息%d条，未发生泄密事件。",
            "动态调整政府信息公开目录，对标国务院各部门发布的基层政务公开标准目录，完成%d个领域标准目录的梳理和更新，目录内容更加完整规范。",
            "开展历史政策文件集中清理，对%d件行政规范性文件进行评估，宣布失效或废止%d件、修改%d件，并在门户网站统一公布清理结果。",
            "加强政府信息公开工作人员业务培训，全年组织专题培训%d次，覆盖各部门、各街道工作人员%d人次，工作人员的业务能力明显提升。",
            "规范政府信息发布流程，实行信息发布三级审核，做到不审不发、先审后发，切实提升发布内容的准确性和规范性。",
            "推进行政规范性文件统一登记、统一编号、统一印发制度，在门户网站集中公开现行有效的行政规范性文件，并标注文件有效性。");

    private static final List<String> PLATFORM = List.of(
            "持续优化区政府门户网站政府信息公开专栏，完善栏目设置和站内检索功能，全年网站访问量达到%d万人次。",
            "加强政务新媒体规范管理，“滨河发布”微信公众号全年推送信息%d条，关注用户突破%d万人，成为发布权威信息的重要渠道。",
            "推进政务公开专区标准化建设，在区政务服务中心和%d个街道便民服务中心设置政务公开专区，提供政府信息查阅、政策咨询等服务。",
            "完善政府公报编辑发行工作，全年编印《滨河区人民政府公报》%d期，免费向社会发放%d册，电子版同步在门户网站发布。",
            "做好网站安全防护，落实值班值守和安全监测制度，定期开展漏洞扫描和应急演练，全年开展安全检测%d次，未发生网站安全事故。",
            "推动政务公开向基层延伸，指导各街道在村（社区）设置公开栏%d处，及时公开惠民惠农补贴、集体资产管理等群众关心的信息。");

    private static final List<String> OVERSIGHT = List.of(
            "将政务公开工作纳入全区高质量发展综合绩效考核，考核结果作为评价各部门工作实绩的重要依据。",
            "定期开展政府网站和政务新媒体检查，全年开展季度检查%d次，通报问题%d个，均已整改到位。",
            "主动接受社会监督，聘请政务公开社会监督员%d名，通过满意度调查、网上评议等方式收集意见建议%d条，逐条研究吸收。",
            "召开全区政务公开工作推进会%d次，研究部署重点任务，协调解决工作推进中遇到的困难和问题。",
            "本年度未发生因政府信息公开工作引起的责任追究情况。");

    private static final List<String> PROBLEMS = List.of(
            "一是政策解读的针对性和实用性还需加强，部分解读材料对文件内容简单摘录，图表化、场景化解读形式运用不足。",
            "二是基层政务公开标准化规范化水平不够均衡，部分街道和部门公开目录更新不及时，个别栏目存在内容空白。",
            "三是依申请公开答复的规范性有待提升，个别答复文书说理不够充分，告知救济途径表述不够准确。",
            "四是政务公开队伍专业化程度不高，工作人员多为兼职，人员流动性较大，业务能力与工作要求仍有差距。");

    private static final List<String> IMPROVEMENTS = List.of(
            "一是深化政策解读，推行政策文件与解读材料同步起草、同步审签、同步发布，丰富图解、视频、问答等解读形式。",
            "二是加强标准目录动态管理，督促各部门、各街道定期更新公开目录，及时补充空白栏目内容。",
            "三是规范依申请公开办理，完善答复文书模板，加强疑难申请会商研判，提升答复质量。",
            "四是加强队伍建设，定期组织业务培训和工作交流，推动政务公开工作人员能力素质整体提升。");
}
