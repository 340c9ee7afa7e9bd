package io.github.ogireport.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sentence pools for synthetic narratives. Each report draws a few sentences per section at random, so two
 * years of one organ share some sentences (as real reports do) but far less than a copied report.
 * Placeholders: {o} organ, {y} year, {n} a number.
 */
final class Phrases {
    private Phrases() {
    }

    static final List<String> PREAMBLE = List.of(
            "本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制，全文包括总体情况、"
                    + "主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、"
                    + "其他需要报告的事项。本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。",
            "根据《中华人民共和国政府信息公开条例》规定，特向社会公布{o}{y}年度政府信息公开工作年度报告。报告中所列数据统计期限为"
                    + "{y}年1月1日至{y}年12月31日。如对本报告有疑问，请与本机关政务公开办公室联系。",
            "本年度报告由{o}依照《中华人民共和国政府信息公开条例》要求编制，内容涵盖总体情况、主动公开、依申请公开、复议诉讼、"
                    + "存在问题及改进、其他事项六个部分，统计时段为{y}年全年。本报告电子版可在本机关门户网站下载。");

    static final List<String> OVERVIEW = List.of(
            "{y}年，{o}坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作。",
            "全年通过门户网站主动公开政府信息{n}条，其中机构职能、政策文件、行政执法等信息均按时更新。",
            "围绕优化营商环境，集中发布惠企政策{n}项，配套制作图解和问答材料，方便企业查阅。",
            "严格落实公开属性源头认定和保密审查制度，全年开展公开属性审查{n}件次。",
            "持续优化政府网站信息公开专栏，完成栏目调整{n}项，清理过期链接和空白栏目。",
            "将政务公开纳入年度绩效考核，组织业务培训{n}次，覆盖各科室联络员。",
            "建立政策解读与政策文件同步起草、同步审签、同步发布机制，本年度发布解读材料{n}篇。",
            "依托政务新媒体开展政策宣传，微信公众号全年推送信息{n}条，阅读量稳步提升。",
            "组织开展政府开放日活动{n}场，邀请群众代表、企业代表走进机关，面对面听取意见建议。",
            "对历年发布的规范性文件进行全面清理，对不再适用的文件及时标注失效并向社会说明。",
            "完善依申请公开受理、登记、审核、答复全流程台账，实行办理时限倒排管理。",
            "统一答复文书格式，对答复依据、救济途径等要素逐项审核，答复规范化水平不断提高。",
            "加强政府信息公开平台与政务服务平台的融合，实现办事指南与政策文件关联展示。",
            "聚焦重点领域信息公开，按时公开财政预决算、重大建设项目、公共资源配置等信息{n}条。",
            "建立信息发布三级审核制度，明确科室初审、分管领导复审、主要领导终审的工作流程。",
            "通过政务服务大厅设置政府信息查阅点{n}个，为群众提供现场查阅和咨询服务。",
            "开展政府网站常态化监测，全年发现并整改错别字、错链等问题{n}处。",
            "主要负责同志专题听取政务公开工作汇报{n}次，研究部署年度重点任务。",
            "推进基层政务公开标准化规范化建设，编制完善公开事项目录{n}项。",
            "做好人大代表建议和政协提案办理结果公开工作，回应社会关切。",
            "开展政务公开社会评议，收集群众意见建议{n}条并逐条研究落实。",
            "加强政府信息管理，对已公开信息开展动态调整，新增主动公开事项{n}项。",
            "加强公开队伍建设，明确专人负责信息公开日常工作，保障工作连续性。",
            "围绕群众关心的教育、医疗、住房等民生事项，发布政策问答{n}期。",
            "及时发布突发事件应对、安全生产等方面信息{n}条，主动回应社会关切。",
            "畅通政民互动渠道，全年办理网民留言{n}件，按期办结率保持较高水平。",
            "完善政府信息公开保密审查机制，未发生泄密和不当公开事件。",
            "探索公开内容的可视化呈现，制作数据图表和短视频{n}个，提升公开实效。");

    static final List<String> PROBLEMS = List.of(
            "一是政策解读形式较为单一，图解、视频等多元化解读占比不高；",
            "二是依申请公开答复文书规范性有待提高，个别答复说理不够充分；",
            "三是公开内容的时效性有待加强，个别栏目更新不够及时；",
            "四是工作人员业务能力有待提升，对新条例的理解把握还不够深入；",
            "五是基层政务公开标准化建设推进不够平衡。",
            "下一步，将丰富解读形式，加强答复文书审核，并对上一年度报告中提出的问题逐项整改。",
            "针对上述问题，将健全栏目更新责任制，定期开展自查，确保信息发布及时准确。",
            "将加大培训力度，通过专题辅导、案例研讨等方式提升工作人员业务水平。",
            "将强化考核评估，把政务公开纳入年度目标管理，压实各科室工作责任。",
            "对上一年度报告提出的栏目更新滞后问题，已完成整改并建立长效机制。",
            "将进一步拓展公众参与渠道，提高政策制定过程的透明度。",
            "将加强与上级主管部门的沟通联系，学习先进经验，补齐工作短板。");

    /** Section 六's fee statement when applications were received (信息处理费 may then be charged). */
    static final List<String> FEE_CHARGED = List.of(
            "本年度按照《政府信息公开信息处理费管理办法》收取信息处理费{n}元。",
            "本年度未收取政府信息公开信息处理费。");
    /** Section 六's fee statement without applications. */
    static final List<String> FEE_NONE = List.of("本年度未收取政府信息公开信息处理费。");

    static final List<String> OTHER = List.of(
            "本年度公开人大代表建议和政协提案办理结果{n}件。",
            "认真落实上级年度政务公开工作要点，各项任务均已按期完成。",
            "本年度无其他需要报告的事项。",
            "年度工作创新方面，探索建立政策文件公开前评估机制，提升公开质量。");

    static final List<String> T1_SENTENCES = List.of(
            "本年制发行政规范性文件{a}件，废止{b}件，现行有效{c}件。",
            "{y}年，本机关共制发规范性文件{a}件，废止{b}件，截至年底现行有效规范性文件{c}件。",
            "全年新制发行政规范性文件{a}件，清理废止{b}件，现行有效文件共计{c}件，均已在门户网站公开。");

    static final List<String> T2_SENTENCES = List.of(
            "本年度共收到政府信息公开申请{a}件，答复{b}件（含上年结转申请{c}件，另有{d}件顺延到下年度答复）。",
            "{y}年，共受理政府信息公开申请{a}件，上年结转{c}件，已办结{b}件，结转下年度继续办理{d}件。",
            "全年新收政府信息公开申请{a}件，加上年结转{c}件，共办理{b}件，另有{d}件结转至下一年度办理。");

    static final List<String> T3_SENTENCES = List.of(
            "本年度因政府信息公开工作被申请行政复议{a}件，被提起行政诉讼{b}件。",
            "{y}年，因政府信息公开引发行政复议{a}件、行政诉讼{b}件。",
            "全年共发生政府信息公开类行政复议案件{a}件，行政诉讼案件{b}件，均依法妥善处理。");

    /**
     * {@code k} distinct sentences of the pool, in pool order, with placeholders filled; none of the templates
     * in {@code exclude} (last year's), each template taken added to {@code used}.
     */
    static List<String> pick(Random rnd, List<String> pool, int k, String organ, int year,
            java.util.Set<String> exclude, java.util.Set<String> used) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (!exclude.contains(pool.get(i))) {
                idx.add(i);
            }
        }
        java.util.Collections.shuffle(idx, rnd);
        List<Integer> chosen = new ArrayList<>(idx.subList(0, Math.min(k, idx.size())));
        java.util.Collections.sort(chosen);
        List<String> out = new ArrayList<>();
        for (int i : chosen) {
            used.add(pool.get(i));
            out.add(fill(pool.get(i), organ, year, 1 + rnd.nextInt(400)));
        }
        return out;
    }

    static String fill(String s, String organ, int year, long n) {
        return s.replace("{o}", organ).replace("{y}", Integer.toString(year)).replace("{n}", Long.toString(n));
    }
}
