package io.github.ogireport.internal.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.ogireport.internal.layout.GridCell;
import io.github.ogireport.model.SourcePosition;
import io.github.ogireport.model.T2Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Row labels of T2 are matched by keywords (domain-spec §5.2, §10.3): the official labels, their numbering
 * and punctuation variants, OCR and typing variants, and labels split over several cells.
 */
class T2RecognizerTest {

    /** Label cells from a '||'-separated string (one cell per part). */
    private static List<GridCell> labels(String cells) {
        List<GridCell> out = new ArrayList<>();
        for (String c : cells.split("\\|\\|")) {
            out.add(GridCell.of(c, SourcePosition.UNKNOWN));
        }
        return out;
    }

    @ParameterizedTest(name = "{1} <= {0}")
    @CsvSource(delimiterString = "=>", value = {
        // the official labels (F2021 template)
        "一、本年新收政府信息公开申请数量 => NEW",
        "二、上年结转政府信息公开申请数量 => CIN",
        "三、本年度办理结果||（一）予以公开 => R1",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形） => R2",
        "（三）不予公开||1.属于国家秘密 => R3.1",
        "2.其他法律行政法规禁止公开 => R3.2",
        "3.危及“三安全一稳定” => R3.3",
        "4.保护第三方合法权益 => R3.4",
        "5.属于三类内部事务信息 => R3.5",
        "6.属于四类过程性信息 => R3.6",
        "7.属于行政执法案卷 => R3.7",
        "8.属于行政查询事项 => R3.8",
        "（四）无法提供||1.本机关不掌握相关政府信息 => R4.1",
        "2.没有现成信息需要另行制作 => R4.2",
        "3.补正后申请内容仍不明确 => R4.3",
        "（五）不予处理||1.信访举报投诉类申请 => R5.1",
        "2.重复申请 => R5.2",
        "3.要求提供公开出版物 => R5.3",
        "4.无正当理由大量反复申请 => R5.4",
        "5.要求行政机关确认或重新出具已获取信息 => R5.5",
        "（六）其他处理||1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 => R6.1",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 => R6.2",
        "3.其他 => R6.3",
        "（七）总计 => R7",
        "四、结转下年度继续办理 => COUT",
        // F2019: the single （六） row
        "（六）其他处理 => R6",
        "三、本年度办理结果||（六）其他处理 => R6",
        // half-width brackets, 、 and ． numbering (yangling, 淮安 PDF)
        "三、本年度办理结果||(一)予以公开 => R1",
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形) => R2",
        "(三)不予公开||1、属于国家秘密 => R3.1",
        "1．本机关不掌握相关政府信息 => R4.1",
        "(六)其他处理||1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 => R6.1",
        "2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 => R6.2",
        "3、其他 => R6.3",
        "(六)其他处理||3.其他 => R6.3",
        "三、本年度办理结果||（六）其他处理||3.其他 => R6.3",
        "(七)总计 => R7",
        // OCR: ， instead of 、 in R6.1/R6.2; 受理 instead of 处理 (seed)
        "1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请 => R6.1",
        "2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请 => R6.2",
        "1.申请人无正当理由逾期不补正、行政机关不再受理其政府信息公开申请 => R6.1",
        // typos and wording variants seen in real reports
        "2.其他法律行政止公开 => R3.2",
        "2.其他法律和行政法规禁止公开 => R3.2",
        "3.危及\"三安全一稳定\" => R3.3",
        "3.危及三安全一稳定 => R3.3",
        "6.属于四类过程性性信息 => R3.6",
        "本年新收政府信息公开申请数量 => NEW",
        "上年结转政府信息公开申请数量 => CIN",
        "二、上年度结转政府信息公开申请数量 => CIN",
        "四、结转下一年度继续办理 => COUT",
        "结转下年度继续办理 => COUT",
        "总计 => R7",
        // labels split by a PDF page break or wrapped inside a cell (淮安 PDF)
        "（四）无||1.本机关不掌握相关政府信息 => R4.1",
        "法提供||2.没有现成信息需要另行制作 => R4.2",
        "（三）不||予公开||1.属于国家秘密 => R3.1",
        "三、||本年度办理结果||（一）予以公开 => R1",
        "3.补正后申请内容仍不 明确 => R4.3",
        // cell-per-line: the header's last words run into the first row's label
        "社会公益组织||法律服务机构||其他||一、本年新收政府信息公开申请数量 => NEW",
        "法律服务机构||其他||总计||一、本年新收政府信息公开申请数量 => NEW"})
    void labelVariantsMatchTheirRow(String cells, String id) {
        assertEquals(T2Row.byId(id), T2Recognizer.match(labels(cells)), cells);
    }

    /** Header rows and group labels alone name no data row. */
    @ParameterizedTest
    @ValueSource(strings = {
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）||申请人情况",
        "(本列数据的钩稽关系为:第一项加第二项之和,等于第三项加第四项之和)||申请人情况",
        "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和",
        "自然人||法人或其他组织||总计",
        "商业企业||科研机构||社会公益组织||法律服务机构||其他",
        "商业 企业||科研 机构||社会公益组织||法律服务机构||其他",
        "三、本年度办理结果",
        "（三）不予公开",
        "（四）无法提供",
        "（五）不予处理",
        "信息内容",
        "规章",
        "行政复议"})
    void headersAndGroupLabelsMatchNoRow(String cells) {
        assertNull(T2Recognizer.match(labels(cells)), cells);
    }

    /** Keywords win over numbering: a label numbered wrongly still lands on its row. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "9.属于国家秘密 => R3.1",
        "（五）不予处理||4.重复申请 => R5.2",
        "2.无正当理由大量反复申请 => R5.4"})
    void numberingIsNotTrusted(String cells, String id) {
        assertEquals(T2Row.byId(id), T2Recognizer.match(labels(cells)), cells);
    }

    @Test
    void dropsTheResultsGroupAsItsExpressionDoes() {
        Pattern group = Pattern.compile("^三[、.]?本年度?办理结果");
        String alphabet = "三、.本年度办理结果其他处";
        Random random = new Random(5);
        for (String fixed : List.of("三、本年度办理结果其他", "三本年办理结果", "三.本年度办理结果3.其他", "三、本年办理", "本年度办理结果")) {
            assertEquals(group.matcher(fixed).replaceFirst(""), T2Recognizer.withoutResultsGroup(fixed), fixed);
        }
        for (int k = 0; k < 50_000; k++) {
            StringBuilder b = new StringBuilder(random.nextBoolean() ? "三" : "");
            for (int n = random.nextInt(10); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String key = random.nextInt(4) == 0 ? "三、本年度办理结果" + b : b.toString();
            assertEquals(group.matcher(key).replaceFirst(""), T2Recognizer.withoutResultsGroup(key), key);
        }
    }
}
