package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.Line;
import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, issuing organ and report year (domain-spec §8.5 X-8). Not API.
 *
 * <p>The organ comes from the title, else from what the opening text says of the report (现将某某镇2022年度…,
 * 由某某镇人民政府党政办公室编制, 2020年，某某局认真…); never from a page-metadata label (发布机构 | …,
 * 来源：…, 标题：…-某某局), and none where the text only says 我局/我镇/我街. The year comes from the title,
 * else the statistics period, else the opening sentence, 截至…12月31日, or a paragraph that opens with it.
 */
final class MetaRecognizer {
    private static final int TITLE_REACH = 12;
    /** 年度报 and not only 年度报告: sites garble the end of a title (…信息公开 工作告年度报). */
    private static final Pattern TITLE_WORDS = Pattern.compile("年度报|年报|工作报告");
    /** Site navigation above the article (当前位置：首页 > 政府信息公开 > 政府信息公开年报) names 年报 too. */
    private static final Pattern BREADCRUMB = Pattern.compile("^(?:当前位置|您的位置|您现在的位置|所在位置)|首页[>»›]|[»›]");
    /** A path of links: two or more separators standing between spaces (首页 > 信息公开 > 年报). */
    private static final Pattern LINK_PATH = Pattern.compile("\\s[>»›]\\s.*\\s[>»›]\\s");
    /** A sentence, not a title: 现将某某2021年度…报告如下, 根据《条例》，现公布…年度报告。 */
    private static final Pattern SENTENCE = Pattern.compile("[。,;]|[:：]$|现将|现公布|特向社会");
    /** A page-metadata label naming the title (标题：…): the value is the title, the label is not. */
    private static final Pattern TITLE_LABEL = Pattern.compile("^(?:标题|题名|文章标题|信息名称|名称)[:|]");
    /** A site's name appended to a title (…年度报告-某某县发改局, …年度报告_某某网). */
    private static final Pattern TITLE_TAIL = Pattern.compile("(年度报告|年报|工作报告)\\s*[-_|—–].*$");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})年");
    private static final Pattern PERIOD = Pattern.compile(
            "(?:统计|数据|期限|时间|周期).{0,20}?((?:19|20)[0-9]{2})年0?1月0?1日");
    private static final Pattern ANY_PERIOD = Pattern.compile("((?:19|20)[0-9]{2})年0?1月0?1日(?:起)?(?:至|到|—|-|~)");
    /** The opening sentence naming this report: 现将某某2021年度信息公开工作…报告如下, 现公布…2019年…年度报告. */
    private static final Pattern OPENING_YEAR = Pattern.compile(
            "(?:现将|现公布|现予公布|特向社会公布|特向社会公开|向社会公布|现发布|编制)[^。;]{0,30}?"
                    + "((?:19|20)[0-9]{2})年度?[^。;]{0,12}?(?:政府信息公开|政务公开|信息公开|政务信息公开)");
    /** The end of the statistics year: 截止2023年12月31日, 截至2019年底. */
    private static final Pattern YEAR_END = Pattern.compile(
            "截[止至](?:到)?((?:19|20)[0-9]{2})年(?:12月31日|12月底|底)");
    /** A paragraph of the overview opening with the year it reports on: 2019年，我局… / 2021年度，… */
    private static final Pattern OPENS_WITH_YEAR = Pattern.compile("^((?:19|20)[0-9]{2})年(?:度|以来)?,");
    private static final Pattern TITLE_SUFFIX = Pattern.compile(
            "(?:政府信息公开|政务公开|信息公开)?(?:工作)?(?:年度报告|年报|工作报告)$");
    /** Marks of a clause: a line holding one is no organ's name standing above a wrapped title. */
    private static final Pattern CLAUSE_MARK = Pattern.compile("[。，：:；|]");
    /** Markdown emphasis around a title (**…**). */
    private static final Pattern EMPHASIS = Pattern.compile("^[#*\\s]+|[#*\\s]+$");
    /** A note in brackets at the end of a title. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("[(（][^)）]*[)）]$");
    private static final Pattern TITLE_YEAR = Pattern.compile("(?:19|20)[0-9]{2}年度?");
    private static final Pattern TRAILING_ABOUT = Pattern.compile("关于$");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}、，。：]+|[\\p{Punct}、，。：]+$");
    /** What is left of a year a page cut off inside (3年某某镇…, 23年度…). */
    private static final Pattern CUT_YEAR = Pattern.compile("^[0-9]*年度?");
    /** Where the name of the organ ends in a title: the last 政府信息公开 (or its variants) after it. */
    private static final Pattern DISCLOSURE = Pattern.compile("政府信息公开|政务信息公开|政务公开|信息公开");

    /** The kinds of organ a name ends with (a kind, not a list of names). */
    private static final String ORGAN_KIND = "(?:人民政府|政府|街道办事处|办事处|街道|街办|管理委员会|管委会|委员会|委|局|厅|署"
            + "|办公室|办公厅|中心|镇|乡|苏木|院|处|所|站|队|社区居委会|村委会)";
    private static final Pattern KIND_AT_END = Pattern.compile("(?<=.)(" + ORGAN_KIND.substring(3) + "$");
    /** A name: Han characters, at least two before its kind (区发改局, not 市政府). */
    private static final String ORGAN = "([\\p{IsHan}]{2,24}?" + ORGAN_KIND + ")";
    /** 现将某某2021年度… / 现公布某某2019年…: the organ stands between the verb and the year. */
    private static final Pattern OPENING_ORGAN = Pattern.compile(
            "(?:现将|现公布|现予公布|特向社会公布|特向社会公开|向社会公布|现发布)" + ORGAN + "(?:19|20)[0-9]{2}年");
    /** 编制《某某镇政府2022年度政府信息公开工作年度报告》: the report's own title quoted in the text. */
    private static final Pattern QUOTED_TITLE = Pattern.compile(
            "《" + ORGAN + "(?:19|20)[0-9]{2}年度?(?:政府信息公开|政务公开|信息公开)[^》]{0,8}(?:年度报告|年报|工作报告)》");
    /** 由某某镇人民政府党政办公室编制: the organ, or the office of it that drew the report up. */
    private static final Pattern COMPILED_BY = Pattern.compile("由" + ORGAN + "(?:负责)?(?:根据[^。]{0,40})?编制");
    /** The office of an organ that compiles its report (某某县人民政府办公室): the report is the organ's. */
    private static final Pattern OFFICE_OF = Pattern.compile(
            "^(.{2,}?(?:人民政府|政府|街道办事处|办事处|局|委员会|管委会))(?:党政综合办公室|党政办公室|综合办公室|党政办|办公室)$");
    /** The first sentence of the overview naming its subject: 2020年，某某局以… / 今年以来，某某局认真… */
    private static final Pattern SUBJECT_ORGAN = Pattern.compile(
            "^(?:(?:19|20)[0-9]{2}年(?:度|以来)?,|今年以来,|本年度,)?" + ORGAN
                    + "(?=在|以|认真|高度重视|按照|坚持|严格|深入|紧紧|全面|始终|进一步|积极|根据|围绕|不断|扎实|切实"
                    + "|持续|着力|聚焦|立足|全力|依法|大力|贯彻)");
    /** 某某委员会（以下简称某某委）: where the text says a name is abbreviated, and the abbreviation. */
    private static final Pattern ABBREVIATED_AS = Pattern.compile(
            "\\((?:以下简称|下称|简称)[\"']?([\\p{IsHan}]{2,15})[\"']?\\)");
    /** The full name just before (以下简称…): matched on the few characters before it only. */
    private static final Pattern FULL_NAME = Pattern.compile("([\\p{IsHan}]{2,30}" + ORGAN_KIND + ")$");
    private static final int FULL_NAME_REACH = 34;
    /** The text speaking of its organ as 我街, 我局, 我镇…: the kind it is. */
    private static final Pattern SELF = Pattern.compile("我(街|局|镇|乡|委|办|中心|厅|署|院)");
    /** A document the organ drew up itself, its name first: 制定了《某某街道政府信息依申请公开工作方案》. */
    private static final Pattern OWN_DOCUMENT = Pattern.compile(
            "(?:制定|印发|出台|修订|编制)了?《" + ORGAN + "(?=关于|政府信息|信息公开|政务公开|依申请公开|政务信息)");
    /** How far into the text the opening sentences are looked for. */
    private static final int OPENING_REACH = 40;
    /** How far a paragraph opening with the organ or the year counts as the overview's first sentences. */
    private static final int SUBJECT_REACH = 12;

    private MetaRecognizer() {
    }

    /** The title: the first short line naming a 年度报告, joined with the next line when wrapped. */
    static Optional<String> title(List<Line> lines, String declared) {
        for (int i = 0; i < lines.size() && i < TITLE_REACH; i++) {
            if (!(lines.get(i) instanceof Line.Paragraph)) {
                continue;
            }
            Line.Paragraph p = (Line.Paragraph) lines.get(i);
            String t = titleValue(p.text(), p);
            // the paragraph's own key when the title is the whole line: a long one is told without working it out
            boolean whole = t == p.text();
            if (whole ? p.keyLongerThan(60) : Text.key(t).length() > 60) {
                continue;
            }
            String key = whole ? p.key() : Text.key(t);
            if (mayBeBreadcrumb(key) && BREADCRUMB.matcher(key).find() || hasPathMark(t) && LINK_PATH.matcher(t).find()
                    || mayBeSentence(key) && SENTENCE.matcher(key).find()) {
                continue;
            }
            if (key.indexOf('报') >= 0 && TITLE_WORDS.matcher(key).find()) { // each of its words holds 报
                // a title wrapped over two lines: the organ, then 2023年政府信息公开工作年度报告
                if (i > 0 && lines.get(i - 1) instanceof Line.Paragraph && agency(Optional.of(t)).isEmpty()) {
                    String organ = ((Line.Paragraph) lines.get(i - 1)).text();
                    String organKey = Text.key(organ);
                    if (organKey.length() >= 2 && organKey.length() <= 30 && !CLAUSE_MARK.matcher(organKey).find()) {
                        return Optional.of(organ + t);
                    }
                }
                return Optional.of(t);
            }
            // a title wrapped over two lines: …政府信息公开工作 / 年度报告
            if (i + 1 < lines.size() && lines.get(i + 1) instanceof Line.Paragraph) {
                Line.Paragraph following = (Line.Paragraph) lines.get(i + 1);
                String next = following.text();
                // the next line's key is its paragraph's own, worked out once, and only for a line naming 信息公开
                if (key.contains("信息公开") && key.length() + following.key().length() <= 60
                        && TITLE_WORDS.matcher(following.key()).find() && following.key().length() <= 8) {
                    return Optional.of(t + next);
                }
            }
        }
        if (declared != null && TITLE_WORDS.matcher(Text.key(declared)).find()) {
            return Optional.of(titleValue(declared, null));
        }
        return Optional.empty();
    }

    /**
     * False when {@link #BREADCRUMB} cannot match {@code key}: it starts with none of its words' first characters
     * and holds neither 首页 nor a mark it reads.
     */
    static boolean mayBeBreadcrumb(String key) {
        return !key.isEmpty() && "当您所".indexOf(key.charAt(0)) >= 0 || hasPathMark(key) || key.contains("首页");
    }

    /** True when {@code s} holds a mark of a site's path, {@code >}, {@code »} or {@code ›} ({@link #LINK_PATH} needs one). */
    static boolean hasPathMark(String s) {
        return s.indexOf('>') >= 0 || s.indexOf('»') >= 0 || s.indexOf('›') >= 0;
    }

    /**
     * False when {@link #SENTENCE} cannot match {@code key}: none of the characters its words and marks start with,
     * and no colon (nor a line terminator, before which {@code $} matches too) at its end.
     */
    static boolean mayBeSentence(String key) {
        int n = key.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c == '。' || c == ',' || c == ';' || c == '现' || c == '特') {
                return true;
            }
        }
        char last = key.charAt(n - 1);
        return last == ':' || last == '：' || last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028'
                || last == '\u2029';
    }

    /**
     * A line as a title: without a metadata label before it (标题：) or a site's name after it (…-某某局); the line
     * itself when it has neither. {@code paragraph} is the line's paragraph, whose key is kept, or null.
     */
    private static String titleValue(String line, Line.Paragraph paragraph) {
        String t = line;
        if (mayHaveTitleLabel(t) && TITLE_LABEL.matcher(paragraph != null ? paragraph.key() : Text.key(t)).find()) {
            int colon = Math.max(Math.max(t.indexOf(':'), t.indexOf('：')), t.indexOf('|'));
            t = colon >= 0 ? Text.trim(t.substring(colon + 1)) : t;
        }
        if (t.indexOf('报') < 0) {
            return t; // TITLE_TAIL needs 年度报告, 年报 or 工作报告
        }
        Matcher tail = TITLE_TAIL.matcher(t);
        return tail.find() ? t.substring(0, tail.start(1) + tail.group(1).length()) : t;
    }

    /**
     * False when the key of {@code t} is sure not to start with one of {@link #TITLE_LABEL}'s words: its first two
     * characters are left alone by the key (so the key starts with the first) and the first starts none of them.
     */
    private static boolean mayHaveTitleLabel(String t) {
        if (t.length() < 2 || !Fold.isStable(t.charAt(0)) || !Fold.isStable(t.charAt(1)) || Text.isSpace(t.charAt(0))) {
            return true;
        }
        return "标题文信名".indexOf(t.charAt(0)) >= 0;
    }

    /** The organ named in the title: the title without its year and its 政府信息公开工作年度报告 suffix. */
    static Optional<String> agency(Optional<String> title) {
        if (title.isEmpty()) {
            return Optional.empty();
        }
        String key = Text.key(title.get());
        // each expression only where the characters it needs are there (a key holds no white space)
        if (key.indexOf('#') >= 0 || key.indexOf('*') >= 0) {
            key = EMPHASIS.matcher(key).replaceAll(""); // Markdown emphasis around the title: **…**
        }
        if (key.indexOf(')') >= 0 || key.indexOf('）') >= 0) {
            key = TRAILING_NOTE.matcher(key).replaceAll("");
        }
        if (key.indexOf('年') >= 0) {
            key = TITLE_YEAR.matcher(key).replaceAll("");
        }
        Matcher suffix = TITLE_SUFFIX.matcher(key);
        if (suffix.find()) {
            key = key.substring(0, suffix.start());
        } else {
            // a garbled ending (…信息公开工作告年度报): the name stops at the last 信息公开
            int end = -1;
            Matcher d = DISCLOSURE.matcher(key);
            while (d.find()) {
                end = d.start();
            }
            key = end >= 0 ? key.substring(0, end) : key;
        }
        if (key.contains("关于")) {
            key = TRAILING_ABOUT.matcher(key).replaceAll("");
        }
        if (mayHaveEdgePunctuation(key)) {
            key = EDGE_PUNCTUATION.matcher(key).replaceAll("");
        }
        // a page cut off inside the title's year (3年某某镇…, 23年度…): the rest of the year is no part of the name
        if (key.indexOf('年') >= 0) {
            key = CUT_YEAR.matcher(key).replaceAll("");
        }
        return key.length() >= 2 && !selfReference(key) ? Optional.of(key) : Optional.empty();
    }

    /**
     * The organ: from the title, else from what the opening text says of the report. Where the text gives
     * the full form of that name (某某委员会（以下简称某某委）), the full form.
     */
    static Optional<String> agency(Optional<String> title, List<Line> lines) {
        Optional<String> organ = agency(title);
        if (organ.isEmpty()) {
            organ = fromOpening(lines);
        }
        return organ.map(o -> fullForm(o, lines));
    }

    private static Optional<String> fromOpening(List<Line> lines) {
        List<String> opening = opening(lines);
        for (Pattern p : List.of(OPENING_ORGAN, QUOTED_TITLE, COMPILED_BY)) {
            for (String key : opening) {
                Matcher m = p.matcher(key);
                while (m.find()) {
                    String organ = m.group(1);
                    if (p == COMPILED_BY) {
                        Matcher office = OFFICE_OF.matcher(organ);
                        organ = office.matches() ? office.group(1) : organ;
                    }
                    if (!selfReference(organ)) {
                        return Optional.of(organ);
                    }
                }
            }
        }
        for (String key : opening.subList(0, Math.min(SUBJECT_REACH, opening.size()))) {
            Matcher m = SUBJECT_ORGAN.matcher(key);
            if (m.find() && !selfReference(m.group(1))) {
                return Optional.of(m.group(1));
            }
        }
        return ownDocument(opening);
    }

    /**
     * The organ that calls itself 我街 (我局…) and names a document of its own drawing up with its name first
     * (我街…制定了《某某街道政府信息依申请公开工作方案》): that name, when it is of the kind the text calls itself.
     */
    private static Optional<String> ownDocument(List<String> opening) {
        for (String key : opening) {
            Matcher self = SELF.matcher(key);
            if (!self.find()) {
                continue;
            }
            String kind = self.group(1);
            Matcher m = OWN_DOCUMENT.matcher(key);
            while (m.find()) {
                String organ = m.group(1);
                boolean sameKind = kindOf(organ).startsWith(kind) || organ.endsWith(kind + "人民政府")
                        || organ.endsWith(kind + "政府");
                if (sameKind && !selfReference(organ)) {
                    return Optional.of(organ);
                }
            }
        }
        return Optional.empty();
    }

    /** The kind a name ends with (街道办事处, 局, 镇…): the longest that fits. */
    private static String kindOf(String organ) {
        Matcher m = KIND_AT_END.matcher(organ);
        return m.find() ? m.group(1) : "";
    }

    /**
     * False when {@link #EDGE_PUNCTUATION} cannot match: neither the first character nor the last (nor the one
     * before a last line terminator, where {@code $} matches too) is a mark it removes.
     */
    private static boolean mayHaveEdgePunctuation(String key) {
        int n = key.length();
        if (n == 0) {
            return false;
        }
        char last = key.charAt(n - 1);
        boolean terminator = last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029';
        return isEdgeMark(key.charAt(0)) || isEdgeMark(last) || terminator;
    }

    /** {@code [\p{Punct}、，。：]}: ASCII punctuation and the four full-width marks. */
    private static boolean isEdgeMark(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
                || c == '、' || c == '，' || c == '。' || c == '：';
    }

    /** 我局, 本镇, 全区…: the text speaking of itself or of a whole area, not naming an organ. */
    private static boolean selfReference(String organ) {
        return organ.startsWith("我") || organ.startsWith("本") || organ.startsWith("全") || organ.startsWith("各")
                || organ.startsWith("在") || organ.startsWith("该");
    }

    private static String fullForm(String organ, List<Line> lines) {
        int paragraphs = 0;
        for (int i = 0; i < lines.size() && paragraphs < OPENING_REACH; i++) {
            if (!(lines.get(i) instanceof Line.Paragraph)) {
                continue;
            }
            paragraphs++;
            Line.Paragraph p = (Line.Paragraph) lines.get(i);
            String text = p.text();
            if (!saysAbbreviated(text)) {
                continue; // most paragraphs: no key computed
            }
            String key = p.key(); // the paragraph's own, kept for the other readers
            Matcher m = ABBREVIATED_AS.matcher(key);
            while (m.find()) {
                String abbreviation = m.group(1);
                if (!organ.equals(abbreviation) && !organ.endsWith(abbreviation)) {
                    continue;
                }
                Matcher full = FULL_NAME.matcher(key.substring(Math.max(0, m.start() - FULL_NAME_REACH), m.start()));
                if (full.find() && !full.group(1).equals(organ)) {
                    // the full name's own start: from where it shares the organ's first characters
                    String name = full.group(1);
                    int start = name.indexOf(organ.substring(0, 2));
                    return start >= 0 ? name.substring(start) : name;
                }
            }
        }
        return organ;
    }

    /** True when {@code text} holds 简称 or 下称: each 称 looked at (one search of the string, not two). */
    private static boolean saysAbbreviated(String text) {
        for (int i = text.indexOf('称', 1); i > 0; i = text.indexOf('称', i + 1)) {
            char before = text.charAt(i - 1);
            if (before == '简' || before == '下') {
                return true;
            }
        }
        return false;
    }

    /** The keys of the narrative paragraphs at the start of the text, page metadata left out. */
    private static List<String> opening(List<Line> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size() && out.size() < OPENING_REACH; i++) {
            if (lines.get(i) instanceof Line.Paragraph) {
                out.add(((Line.Paragraph) lines.get(i)).key());
            }
        }
        return out;
    }

    /**
     * The report year: from the title, else the statistics period, else the opening sentence naming the
     * report, 截至…年12月31日, or the first paragraph that opens with a year (2019年，我局…).
     */
    static OptionalInt year(Optional<String> title, List<Line> lines) {
        if (title.isPresent()) {
            Matcher m = YEAR.matcher(Text.key(title.get()));
            if (m.find()) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        for (Pattern p : List.of(PERIOD, ANY_PERIOD)) {
            for (int i = 0; i < lines.size() && i < 200; i++) {
                if (lines.get(i) instanceof Line.Paragraph) {
                    Matcher m = p.matcher(((Line.Paragraph) lines.get(i)).key());
                    if (m.find()) {
                        return OptionalInt.of(Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        List<String> opening = opening(lines);
        for (Pattern p : List.of(OPENING_YEAR, YEAR_END, OPENS_WITH_YEAR)) {
            int reach = p == OPENS_WITH_YEAR ? Math.min(SUBJECT_REACH, opening.size()) : opening.size();
            for (String key : opening.subList(0, reach)) {
                Matcher m = p.matcher(key);
                if (m.find()) {
                    return OptionalInt.of(Integer.parseInt(m.group(1)));
                }
            }
        }
        return OptionalInt.empty();
    }
}
