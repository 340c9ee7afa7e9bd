package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.Line;
import io.github.ogireport.internal.layout.Text;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Title, issuing organ and report year (domain-spec §8.5 X-8). Not API. */
final class MetaRecognizer {
    private static final int TITLE_REACH = 12;
    private static final Pattern TITLE_WORDS = Pattern.compile("年度报告|年报|工作报告");
    /** Site navigation above the article (当前位置：首页 > 政府信息公开 > 政府信息公开年报) names 年报 too. */
    private static final Pattern BREADCRUMB = Pattern.compile("^(?:当前位置|您的位置|您现在的位置|所在位置)|首页[>»›]|[»›]");
    /** A path of links: two or more separators standing between spaces (首页 > 信息公开 > 年报). */
    private static final Pattern LINK_PATH = Pattern.compile("\\s[>»›]\\s.*\\s[>»›]\\s");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})年");
    private static final Pattern PERIOD = Pattern.compile(
            "(?:统计|数据|期限|时间|周期).{0,20}?((?:19|20)[0-9]{2})年0?1月0?1日");
    private static final Pattern ANY_PERIOD = Pattern.compile("((?:19|20)[0-9]{2})年0?1月0?1日(?:起)?(?:至|到|—|-|~)");
    private static final Pattern TITLE_SUFFIX = Pattern.compile(
            "(?:政府信息公开|政务公开|信息公开)?(?:工作)?(?:年度报告|年报|工作报告)$");

    private MetaRecognizer() {
    }

    /** The title: the first short line naming a 年度报告, joined with the next line when wrapped. */
    static Optional<String> title(List<Line> lines, String declared) {
        for (int i = 0; i < lines.size() && i < TITLE_REACH; i++) {
            if (!(lines.get(i) instanceof Line.Paragraph)) {
                continue;
            }
            String t = ((Line.Paragraph) lines.get(i)).text();
            String key = Text.key(t);
            if (key.length() > 60 || BREADCRUMB.matcher(key).find() || LINK_PATH.matcher(t).find()) {
                continue;
            }
            if (TITLE_WORDS.matcher(key).find()) {
                // a title wrapped over two lines: the organ, then 2023年政府信息公开工作年度报告
                if (agency(Optional.of(t)).isEmpty() && i > 0 && lines.get(i - 1) instanceof Line.Paragraph) {
                    String organ = ((Line.Paragraph) lines.get(i - 1)).text();
                    String organKey = Text.key(organ);
                    if (organKey.length() >= 2 && organKey.length() <= 30 && !organKey.matches(".*[。，：:；].*")) {
                        return Optional.of(organ + t);
                    }
                }
                return Optional.of(t);
            }
            // a title wrapped over two lines: …政府信息公开工作 / 年度报告
            if (i + 1 < lines.size() && lines.get(i + 1) instanceof Line.Paragraph) {
                String next = ((Line.Paragraph) lines.get(i + 1)).text();
                String joined = key + Text.key(next);
                if (key.contains("信息公开") && joined.length() <= 60 && TITLE_WORDS.matcher(Text.key(next)).find()
                        && Text.key(next).length() <= 8) {
                    return Optional.of(t + next);
                }
            }
        }
        if (declared != null && TITLE_WORDS.matcher(Text.key(declared)).find()) {
            return Optional.of(declared);
        }
        return Optional.empty();
    }

    /** The organ named in the title: the title without its year and its 政府信息公开工作年度报告 suffix. */
    static Optional<String> agency(Optional<String> title) {
        if (title.isEmpty()) {
            return Optional.empty();
        }
        String key = Text.key(title.get());
        key = key.replaceAll("^[#*\\s]+|[#*\\s]+$", ""); // Markdown emphasis around the title: **…**
        key = key.replaceAll("[(（][^)）]*[)）]$", "");
        key = TITLE_SUFFIX.matcher(key).replaceFirst("");
        key = key.replaceAll("(?:19|20)[0-9]{2}年度?", "");
        key = key.replaceAll("^[\\p{Punct}、，。：]+|[\\p{Punct}、，。：]+$", "");
        return key.length() >= 2 ? Optional.of(key) : Optional.empty();
    }

    /** The report year: from the title, else from the statistics period. */
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
                    Matcher m = p.matcher(Text.key(((Line.Paragraph) lines.get(i)).text()));
                    if (m.find()) {
                        return OptionalInt.of(Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        return OptionalInt.empty();
    }
}
