import { GateList, anyMayMatch, gate, nextMayMatch, triggersOf, type Gate, type Triggers } from './triggers.js';

/**
 * The words behind each intent, on normalised text (lower-case, half-width, simplified, 周5/12月5号).
 * Each list is read by `firstHit`; the order inside a list does not matter, the earliest hit is the evidence.
 */

/** Said only of money already gone: 已汇款, 付过了, 打过去了, 早就付了, 周五付的, has been paid, paid yesterday. */
export const PAID_STRONG = gates([
  /(?<![没未不]|没有)已经?\s*(?:全[部额]|都)?\s*(?:把\s*(?!(?:你的|您的|这个|这条|你们的)?(?:消息|信息|邮件|短信|微信|通知|提醒|情况))[a-z\u4e00-\u9fff]{1,12}\s*)?(?:结给|清掉|电汇|网银(?:支付|转账|付款|转|付|汇)|交(?=了|过|清|齐)|过了?数|入了?数|给了?钱|settle|release|tt(?![a-z])|bank[\s-]?in|deposit|fps|paynow|入了?(?:你们?|贵司)的?(?:户口|账户|账上|账号|卡)|支付|付款|付清|付|转账|转(?!达|告|交|发|给(?!\s*(?:你|您|贵|\d|[$¥]))|(?:给)?(?:我们|我司)?的?(?:财务|老板|领导|会计|出纳|总部|上面|上级|同事|相关)|\s*(?:给\s*)?(?:finance|accounts?|accounting|ap|boss|manager|team)\b)|汇款|汇|打款|大款|打了?(?:款|钱)|打(?!算|电话|听|扰|印|开|包)|结清|结算|结了|还清|还款|出款|pay|paid|transfer|wire|remit)/,
  /(?:转账|付款|汇款|打款|支付|款|钱)\s*(?:已经?|都)?\s*(?:完成|成功|办好|搞定|处理好|付了|打了|转了|汇了|打出|付出|转出|汇出)|(?:款|钱)\s*(?:已经?|早就?)\s*(?:打|付|转|汇|走了)/,
  /\b(?:transfer|payment|pmt|wire|remittance|bacs|ach|chaps|funds)\s+(?:is\s+|was\s+|has\s+been\s+|已经?\s*)?(?:done|completed?|successful|went through|went out|gone out|made)\b|\bdone\s*(?:了|啦|咯)|(?:做|弄|处理)了(?<=\b(?:payment|transfer|pmt|wire|tt)\s*[^,，。]{0,8}(?:做|弄|处理)了)/,
  /(?:付|转|汇|打|结|支付|pay|paynow|fps|transfer|wire|remit|(?<![a-z])t\/?t)(?:款|账|钱)?\s*过(?:了|去了|去的|的)/,
  /(?:款|钱)\s*已经?\s*(?:到|进|打到|转到|汇到)(?:你们?|贵司)?(?:公司)?的?(?:账户|账上|账号|卡上|卡里)/,
  /(?:付|转|汇|打|划)(?:出去|过去)(?:了|的)|(?:付|转|汇|打)(?:掉|脱)了|(?:入|过)了数|退给(?:你们?|贵司)了(?<=(?:质保金|保证金|押金|保修金|款|钱)[^,，。]{0,8}退给(?:你们?|贵司)了)|出的(?<=(?:钱|款)[^,，。]{0,8}出的)|(?:付|转|汇|打)(?:出去|过去)(?:好|有)?(?:几|\d+|一|两|三)(?:天|周|个星期|个月)了/,
  /(?<![一明今大\d])早就?\s*(?:付|转|汇|打|结|支付|done|paid|pay|transfer|settle|release)/,
  /(?:付|转|汇|打)过(?:款|钱|账)了|(?:通过|用|经)[^,，。]{1,8}?(?:汇出|转出|付出|打出)|(?:wire|transfer|tt|pay|remit)\s*(?:过去|出去)(?=\s*(?:[$¥]?\d[\d,.]*\s*(?:k|w|万|千|块|元)?\s*)?了)|走的(?:是)?(?=\s*(?:对公|公户|网银|银行转账|转账|汇款))|(?:付|转|汇|打)了(?<=(?:^|[^没未不再才会要将法能漏有排备])(?:付|转|汇|打)了)(?=\s*(?:\d|一部分|一半|部分))/,
  /(?:付|转|汇|打)过(?:一|两|几|\d)(?:次|笔|回)|(?:付|转|汇|打)过(?:一半|一部分|部分)/,
  /已(?:经)?提交(?:给)?(?:银行|网银)|网银(?:已经?)?(?:操作|提交|付|转)(?:了|过(?!来))|(?:钱|款)\s*(?:已经?|都)\s*出去了/,
  /已(?:于|在)[^,，。;；]{1,12}?(?:付|转|汇|打|支付)/,
  /已经?\s*(?:通过|用|走)[^,，。;；]{1,8}?(?<!预)(?:付款|支付|转账|汇款|付|转|汇)|出去了(?<=(?:钱|款)[^,，。]{0,10}[^排花借]出去了)/,
  /(?:pay|paid|transfer(?:red)?|release[d]?|tt|wire[d]?|remit(?:ted)?|bank[\s-]?in)\s*的(?=\s*(?:[,，。.!！~\s]|$|啊|哈|哦|呀|呢|吧|了|rmb|¥|\$|\d))|(?<![应该要需待未没还再会将得])(?:付|转|汇|支付|打)(?:款|账|出|过去|出去)?的(?=\s*(?:款|钱|账|[^,，。]{0,3}费|\d|[,，。.!！~\s]|$|啊|哈|哦|呀|呢|吧|了))/,
  /\b(?:have|has|had|'ve|'s|was|were)\s+(?:already\s+|just\s+)?(?:been\s+)?(?:paid|sent(?!\s+back)|transferred|wired|remitted|settled|released|processed|cleared|initiated|executed|mailed|posted|deposited|issued)\b/,
  /\bpayment\s+(?:was|has been)\s+made\b|\bmade (?:the |a )?payment\b/,
  /\b(?:already|just)\s+(?:paid|sent|transferred|wired|remitted|settled|released|cleared|deposited|banked in)\b|\balready\s+(?:pay|transfer|send|wire|bank(?:ed)? in)\b|(?:already|liao)(?<=\b(?:pay|paid|transfer(?:red)?|sen[dt]|bank(?:ed)? in)\s+(?:already|liao))\b/,
  /(?<!(?:\b(?:be|been|being|will|'ll|to|get|gets|got|is|are|not|never|have it|get it|had it)|n't)\s+)\b(?:paid|transferred|wired|remitted|released|settled|mailed|cleared|processed|initiated|executed)\b(?!\s+(?:approval|review|compliance|audit|customs|our (?:review|approval|checks)))/,
  /\bsent(?<!(?:n't|\bnot|\bnever|\byet)\s+sent)\s+(?:it|the\s+(?:payment|money|funds|transfer|wire|balance)|payment|funds|over|[$£€¥]|\d)|\b(?:payment|wire|transfer|money|funds|cheque|check)\s+(?:was\s+|has\s+been\s+)?sent\b/,
  /\b(?:check|cheque)(?:'s| is) in the (?:mail|post)\b|(?:支票|cheque|check)\s*(?:已经?)?\s*寄(?:出|过去)/,
  /\bsubmitted (?:the |our |a )?payment\b|\bleft our (?:account|bank)\b|\bwent out\b(?! for\b)/,
  /就(?:打|付|转|汇)(?:出|过去|出去)?了(?<=(?:钱|款|元|块|万)[^,，。]{0,8}就(?:打|付|转|汇)(?:出|过去|出去)?了)|会款了|刚(?:刚|才)?\s*(?:已经?\s*)?(?:pay|paid|transfer(?:red)?|release[d]?|tt(?![a-z])|wire[d]?|bank[\s-]?in|付(?!不)|转(?!告|达|给财务)|汇|打款|打了)/,
  /^\s*(?:all )?done(?: already| liao)?\s*[!.]*\s*$/,
  /^\s*sent\b(?!\s+(?:me|us|you|the invoice|an? invoice|over the invoice))/,
  /\b(?:ach|wire|transfer|payment|remittance|bacs|chaps|cheque|check)\s+(?:was\s+|has\s+been\s+)?(?:initiated|executed|released|mailed|posted)\b/,
]);

/** Past only when nothing in the reply points forward: 昨天转了 is paid, 春节前给你结了 is a promise. */
export const PAID_WEAK = gates([
  /就(?:结|付|转|汇|打)(?:清|出|过去|出去)?了/,
  /(?:pay|paid|paynow|transfer(?:red)?|wire[d]?|remit(?:ted)?|settle[d]?|release[d]?|tt|bank[\s-]?in|clear(?:ed)?)\s*(?:过去|出去)?\s*了(?!\s*(?:我们?\s*)?(?:就|再|才|跟|告诉|通知|说一声|和您|和你|截图给你|发你(?!了)|发给你(?!了)))/,
  /(?<![没未不再才会要将法能漏]|没有|安排|准备)(?:付|转|汇|打款|支付|付款|转账|汇款|打钱|付清|结清|还清)了(?!\s*(?:我们?\s*)?(?:就|再|才|跟|告诉|通知|说一声|和您|和你|截图给你|发你(?!了)|发给你(?!了)))/,
  /(?<![没未不再才会要将法能漏]|没有|安排|准备)(?:打|付|转|汇)了(?:款|钱|账|\s*\d)|(?:转|打|汇)(?:到|进|入)?你们?(?:公司)?的?(?:账户|账上|卡上|账号)(?:上|里)?了|(?<![没未不再才会要将法能漏]|没有|安排|准备)(?:付|转|汇|打)(?:给)?你们?了/,
  /(?<![会能就将要])到账了|(?:付|转|汇|打)的(?<=(?:上周|上个?月|上礼拜|上星期|昨天|昨晚|前天|[号日])[^,，。]{0,3}(?:付|转|汇|打)的)|查收|回单|水单|(?:付款|转账|汇款)(?:凭证|截图)|(?<!\bsend (?:the |a |our )?)\bremittance\b(?!\s+(?:details|information|info|address|instructions|will|shall|is (?:being |to be )?scheduled|to follow))/,
]);

/**
 * A condition or a future before a past-looking verb: 等上游结款了, once they've paid us, will have it paid by
 * Friday, 会尽快付的 (会计, 会议 are nouns, not "will").
 */
export const CONDITION = gate(/等|说好|本来|原本|原定|(?:就|才|应该|估计|争取|尽量)能|明天|后天|下周|下个?月|如果|要是|只要|假如|(?:之|以|日|天|周|月)内|让(?:财务|会计|出纳|老板)|(?:底|末|号|旦|节|周[1-7]|礼拜[1-7]|星期[1-7])(?:之)?前|会(?!计|议)|将(?!近)|\b(?:once|when|if|until|as soon as|after|will|'ll|going to|shall|gonna|plan to)\b/);

/**
 * A condition or a future before a past-looking verb: 等上游结款了, once they've paid us, 会转了; also "right
 * away" words, since 马上就付了 is about to pay (周三就转了, with a past day, was paid).
 */
export const NOT_YET = gate(/等|再|尽量|争取|(?:下来|批了|完了|好了|到了|回来)\s*就|顺便|一起|一并|一块|(?:转|付|打|汇)完(?!了)|如果|要是|只要|假如|(?:之|以|日|天|周|月)内|会(?!计|议)|将(?!近)|要|准备|打算|到时|(?:底|末|号|旦|节|周[1-7]|礼拜[1-7]|星期[1-7])(?:之)?前|马上|立刻|立即|很快|一会|这就|稍后|待会|等下|\b(?:once|when|if|until|as soon as|after|will|'ll|going to)\b/);

/**
 * Saying the payment has not been made (还没安排付款, we didn't pay, payment hasn't gone out): the pay verb
 * next to it is no commitment. NOT_DONE says whether the reply has such words at all; the two anchored
 * patterns test the clause before a verb and the words right after it.
 */
export const NOT_DONE = gate(/还没|尚未|还未|仍未|不能(?:按|照)|\b(?:didn'?t|did not|haven'?t|have not|hasn'?t|has not|wasn'?t|was not|weren'?t|were not|not yet|yet to|never)\b|\bnot (?:been )?(?:made|sent|paid|processed|released|done|initiated)\b/);
export const NOT_DONE_BEFORE = /(?:还没有?|尚未|还未|仍未)(?:\s*安排)?\s*$|不能(?:按|照)[^,，。]{0,8}$|\b(?:didn'?t|did not|haven'?t|have not|hasn'?t|has not|wasn'?t|was not|weren'?t|were not|not yet|never|yet to)\s+(?:yet\s+)?(?:been\s+)?$/;
export const NOT_DONE_AFTER = /^\s*(?:(?:has|have|had|was|were|is)(?:n'?t|\s+not)|not)\s+(?:yet\s+)?(?:been\s+)?(?:made|sent|gone out|processed|paid|released|done|initiated|through)\b/;

/** Acting on the payment (spec: pay, transfer, settle, process, "get to it", 打给你). */
export const PAY_VERB = gates([
  /(?<![不没未别该应]|没法|无法|不可能)(?:支付|付款|付钱|付清|付|转账|转款|(?<!周)转(?!达|告|交|发|文字|换|身|人工|(?:给)?(?:我们|我司)?的?(?:财务|老板|领导|会计|出纳|总部|上面|上级|同事|销售|客服|业务)|给(?!\s*(?:你|您|贵|\d|[$¥]))|\s*(?:给\s*)?(?:finance|accounts?|accounting|ap|boss|manager|team)\b)|汇款|入数|过数|汇(?!报|总|率)|划款|划过去|打款|打钱|打给你|打过去|给你们?打(?!电话)|结清|结账|结算|结款|(?<![冻总完归终团连年])结(?!果|构|束|论|合|婚)|还款|还清|清掉|清账|出款|放款|垫上|垫付|安排|处理|搞定|(?:弄|办)好(?!了)|到账|(?:到|进)(?:你们?|贵司)(?:公司)?的?(?:账上|账户|账号|卡上)|到\s*(?:你们?\s*)?(?:的\s*)?(?:account|acc|a\/c|bank)|到你们?账上|arrive\s*(?:你们?|贵司)|给钱|给你们?钱|买单)/,
  /(?:paid)(?<=\b(?:be|get|gets|getting|have|has)(?: it| this| that| them)? paid)|(?:out)(?<=\b(?:go|goes|going) out)\b|\b(?:pay|paying|payment|pmt|transfer|wire|send(?:ing)?(?<!\bkeep send(?:ing)?)(?!\s+(?:me|us)\b)(?!\s+(?:over\s+)?(?:the |an? |your )?(?:invoices?|statements?|contracts?|details|breakdown|cop(?:y|ies)|receipts?|po)\b)|remit|bank[\s-]?in|paynow(?!\s+(?:qr|number|details|id|uen|account))|settl(?:e|ed|ing)|(?:cut|write|mail|send) (?:a |the |you a )?(?:check|cheque)|clear (?:it|this|the)|process(?:ing|ed)?|release|get (?:to|on) it|take care of|sort (?:it|this)(?: out)?|arrange|initiate|schedul(?:e|ed|ing)|make the payment|get it done)\b/,
]);

/** Looking into it, checking, passing it on: acknowledgement, not a promise (spec). */
export const CHECKING = gate(/问一下|报给|汇报|看一下|看下|给你(?:答复|回复|消息)|回复你|答复你|回复您|答复您|已看到|问下|问问|核一下|核下|对一下|对下|登记|(?:跟|和)\s*(?:他们|她们|财务|老板|领导|会计|出纳|finance|accounts|accounting|ap|boss)\s*(?:说|讲|提|反映)(?!好)|核实(?!完|好|后|之后|无误)|核对(?!完|好|后|之后|无误)|查一下|查下|查查|确认一下|确认下|看看|了解一下|反馈给|反馈上去|已(?:经)?反馈|转达|转告|转给|发给(?:我们|我司)?的?(?:财务|会计|出纳|老板|领导|同事)|转(?:财务|老板|领导|会计|同事)|\b(?:look(?:ing)? into|(?<!\b(?:a|the|cut|mailed|mail|sent|send|write|wrote|our|your|by)\s)check(?:ing)?(?!\s+(?:is|was|will|has|number|payable|out to|run))|verify|confirm(?<!\b(?:i|we) (?:can |do |hereby )?confirm)(?!\s*(?:pay|paying|transfer|settle|send|wire|can|到))|ask(?:ing)?|find out|get back to (?:you|u)|revert|update you|let you know|flagged|escalat(?:e|ed|ing)|raised (?:it|this)|pass(?:ed|ing)? (?:it|this|your (?:message|email|note|reminder)|the message)(?: along)? (?:on|to)|forward(?:ed|ing)?|follow(?:ing)?[\s-]?up)\b|跟进/);

export const DISPUTE = gates([
  /质量问题|(?<!没|木|资金上?|现金|现金流|cash\s?flow\s?|周转上?|账上)有(?:点|些)?问题(?!吗|的话|再|就|随时|可以|请|的)|坏的|坏了|损坏|破损|退货|退回|验收(?:不通过|没通过|没过|不合格)|还没验收|未验收|没(?:有)?收(?:到|着)(?:货|东西|服务)|货(?:还|都|也|仲)*(?:没|未)(?:有)?(?:收)?到|没签过|没有签|没(?:有)?(?:订|下)过|不认|不承认|不该付|不应该付|不欠|没欠|不是我们(?:公司|这边)?的|不是这个(?:价|数|金额)|搞错了|弄错了|(?<![说记写打看不])错了|(?:发|送|开|算)错(?!人|地方|群)|少了(?:一|两|几|\d+)?(?:件|个|箱|台|套|批|样|份|包)|短少|少给|不是我们(?:要|订|下)的|只(?:收到|到了|来了|送了|发了)(?:一半|部分|\d)|按全额|就漏|漏(?:了|油|气)|修好(?:之前|以前|了?再)|(?:发票|账单)上?(?:开|写)的是\s*\d|没有?(?:业务|生意)往来|没(?:有)?合作过|冲销|不应该再挂|(?:发票|账单)上(?:是|写的是?|还是)原价|说好的?打[^,，。]{0,3}折|质检(?:没|不)(?:过|通过|合格)|换货之前|冲抵|抵消|重复了|bill\s*过(?:一|1)次|(?:根本|从来)没(?:有)?(?:订|下单|要|买)(?:过)?|硬塞|碎的|没(?:有)?关系(?<=跟[^,，。]{0,6}没(?:有)?关系)|别找我|不(?:该|应该)找我们|(?:合同|协议)(?:早就|已经|早)?解除|红字发票|你们?[^,，。]{0,4}发错人|(?:金额|价格|费用)多了|算多了|报价不是|取消(?:了)?(?:订单|合同)|订单(?:已经?)?取消|没有?这笔(?:业务|订单|交易|单)|合同(?:还)?没签|不该(?:我们|我方)?(?:出|给|付|承担)|(?:commissioning|调试)[^,，。]{0,6}(?:没|未)(?:完|好|通过)|(?:发货|交货|到货|送货|delivery)\s*(?:晚|迟|慢)|这笔(?:钱|款)?(?:我们)?不(?:付|给|认)|谁(?:来)?(?:负责|承担)|少的[^,，。]{0,4}(?:谁|怎么)|不承担|合同(?:上|里)?(?:写着|写的是|写明|约定了?)\s*(?:是|的)?\s*(?:包|免|含|\d)|(?:按|用)的?(?:老|旧|原来的?)(?:价格|价|单价|报价)|调(?:过)?价了|(?:这单|这个单|单子)[^,，。]{0,4}取消了|退单|没验收|售后问题|售后(?:还)?没(?:解决|处理)|(?:东西|货|产品|设备|机器|系统|软件)(?:都|还)?(?:用不了|不能用|没法用)|有误|不符|不一致|不一样|对不上|(?<![对是])不对|瑕疵|没(?:有)?按(?:照)?(?:合同|约定)|异议|没(?:来)?安装|不是(?:我们)?(?:说好|谈好|约定|讲好)的|你们(?:来)?(?:承担|负责)(?<=(?:合同|约定|写的是|写明|说好)[^,，。]{0,8}你们(?:来)?(?:承担|负责))|(?:应该|该)找[^,，。]{0,8}(?:要|收)|(?:多|少)(?:了|写了?|打了?)(?:一个|1个|个)?(?:零|0)|不是说好[^,，。]{1,10}的?吗|收到(?<=货[^,，。]{0,6}没(?:有)?收到)|凭什么[^,，。]{0,4}(?:付|给钱|收|要)|次品|退换|取消(?<=(?:项目|订单|合同)[^,，。]{0,4}取消)|不存在应付|(?:开|算|写)成了(?<=你们(?:开|算|写)成了)|(?:用不了|不能用|没法用)(?<=(?:东西|货|产品|设备|机器|系统|软件)[^,，。]{0,4}(?:用不了|不能用|没法用))|(?:用|使用)过(?<=没(?:有)?(?:用|使用)过)|(?:说|谈|讲|约)好了?的?(?:免|不收|免费)|按原价(?:开|收|算)|不\s*match|又?另外\s*(?:charge|收|算|加)了?|(?:定|写|约定|谈)的(?<=不是\s*(?:contract|合同|报价|quotation|po)[^,，。]{0,4}(?:定|写|约定|谈)的)|(?:deliver|交付|送到)(?<=没(?:有)?\s*(?:deliver|交付|送到))|cancel(?<=(?:invoice|po|单|订单|order)[^,，。]{0,8}cancel)|不应该有\s*(?:invoice|发票|账单)|(?:两|2)次(?<=(?:bill|charge|收|扣|开)(?:了)?[^,，。]{0,4}(?:两|2)次)|算(?:到|在)?我们(?:头上|账上)|没整改|整改(?:还)?没|尾款不能给|开了(?:两|2)张|(?:开|算|写)成(?<=(?:发票|税率|金额|单价|抬头|税号)[^,，。]{0,4}(?:开|算|写)成)|拒收|算的(?<=你们按[^,，。]{1,8}算的)|出故障|找错(?:公司|人)|不是我们下的单|实际(?:到货|收到)只有|按\s*\d+\s*(?:箱|件|个|台|套|吨|批)\s*(?:收|算|开)|只做了(?:一半|部分)|免谈|没派人|(?:还)?没生效|哪(?:来|有)的?(?:欠款|欠账|钱要付)|(?:调试|安装|装|修|弄)好(?<=没(?:有)?(?:调试|安装|装|修|弄)好)|调试(?:不|没)(?:好|通过)|order\s*过(?<=没有?\s*order\s*过)|(?:pay|bill|charge)(?<=不(?:用|需要|应该)\s*(?:再\s*)?(?:pay|bill|charge))|(?:complete|finish|done|完成|做完|搞完|弄完|装好|调好)(?<=(?:service|服务|工程|项目|job|work|安装|调试)[^,，。]{0,4}(?:还)?没(?:有)?\s*(?:complete|finish|done|完成|做完|搞完|弄完|装好|调好))|(?:说好|谈好|讲好|定好)的不是|破的|碎了|不(?:用|需要|应该)(?:再)?付|无需(?:再)?(?:支付|付)|押金(?!的?(?:收据|发票|单据|凭证|条))|不是我们欠的|(?:折扣|优惠|返点)[^,，。]{0,4}没(?:有)?(?:算|扣|减)|折[^,，。]{0,6}没(?:有)?(?:给(?:我们)?)?(?:算|扣|减)|退款|在路上|不过关|返工|(?:抬头|税号|金额|数量|单价|名称)(?:写|开|填)错|(?:从来)?没(?:有)?同意过|不同意|合同(?:上|里)?没(?:说|写|规定|约定)|有错|出错|又(?:算|收|扣|开)了一(?:次|遍)|(?:服务|质量|态度|产品|东西)(?:太|很|真)?差|差劲|没(?:说|提|通知)过|没见过|有出入|没做好|没做到位|做得不好|(?:货|东西)?(?:我们)?(?:已经)?退了(?!款)|比(?:合同|报价|约定|之前|上次|以前|原来)[^,，。]{0,3}(?:高|多|贵)|多收|多算|多开|多扣|重复(?:收|开|计|扣)|加了一遍|作废|延误|损失|赔偿|投诉|纠纷|争议|少发|漏发|缺货|不合格|不满意|没做完|没完成|没交付|不合理/,
  /\b(?:doesn'?t|does not|don'?t|do not) match|mismatch|\bwrong\b(?!\s+(?:number|person|contact|chat|group|channel|thread|conversation|window|link))|incorrect|error in|overcharg|double[\s-]?(?:charged?|billed?|billing)|charged twice|not (?:the right|our) (?:entity|company|invoice|order)|never (?:delivered|order(?:e)?d|arrived|(?:rec(?:ei|ie)ved?|got)(?! (?:the |an? |your )?(?:invoice|statement|bill)))|not (?:delivered|received)|(?:didn'?t|did not) (?:receive|order|get)(?! (?:the |an? |your )?(?:invoice|statement|bill))|haven'?t received (?:the )?(?:goods|items|order|service)|returned|defective|damaged|broken|faulty|incomplete|unfinished|not (?:finished|completed?)|not owed|nothing (?:is )?owed|(?:don'?t|do not) owe|disput(?:e|ed|ing)|disagree|raised a (?:query|dispute|complaint)|not as (?:described|agreed)|cancell?ed (?:the|our|this) (?:order|invoice)|(?:cancell?ed)(?<=\b(?:invoice|order) (?:was |has been |is )(?:cancell?ed))|(?:twice)(?<=\b(?:billed|bills|invoiced|charged|charges) (?:us |[a-z]+ )?(?:twice))|dup(?:e|licate)? (?:invoice|charge|billing)|duplicate of|(?:missing)(?<=\b(?:was|were|is|are) (?:missing))|poor (?:service|quality|workmanship)|(?:poor|bad|unacceptable)(?<=\b(?:service|quality|work) (?:was|is) (?:poor|bad|unacceptable))|substandard|unsatisfactory|(?:satisfied|happy)(?<=\bnot (?:satisfied|happy)) with|refuse to pay|late (?:charge|fee)s?(?<=\bwhy\b[^.?!]{0,20}late (?:charge|fee)s?)|recogni[sz]e(?<=\b(?:do not|don'?t|cannot|can'?t) recogni[sz]e)|(?:higher|more) than (?:what (?:we|was) )?(?:quoted|agreed|the quote|our (?:po|quote))|defects?\b|(?:ordered)(?<=\bonly (?:ordered))|sen[dt] (?:it |them |the goods )?back|(?:rendered|performed)(?<=\bnot (?:rendered|performed))|(?:provided)(?<=\bservices? not (?:provided))|supposed to be (?:free|included|covered)|credit (?:note|memo)(?! (?:applied|deducted|taken off))|(?:terminated|void)(?<=\bcontract (?:was |has been |is )?(?:terminated|void))|(?:agree)(?<=\b(?:never|did not|didn'?t) (?:agree))|(?:reflect)(?<=\b(?:doesn'?t|does not|don'?t|do not) (?:reflect))|agreed (?:discount|price|rate)|discount (?:was not|wasn'?t|not|never) applied|quality (?:issue|problem)|short[\s-]?shipped|missing items|not what we ordered|not ours\b/,
  // English disputes said in rarer ways, in a pattern of their own: in the one above they made a large
  // alternation larger for every reply that says 'not' or 'is'.
  /(?:isn|aren|wasn)'?t (?:the right|our) (?:entity|company|invoice|order|bill)|withhold(?:ing)? (?:the |our |any )?payment|breach(?:ed)?(?<=\bsla (?:was |has been |is )?breach(?:ed)?)|(?:belongs|addressed|issued|made out) to (?:our |the |a |another )?(?:[a-z]+ )?(?:subsidiary|entity|company|branch|division)|(?:contract|agreement)(?<=\b(?:isn'?t|is not|wasn'?t|not) in (?:our|the) (?:contract|agreement))|differ(?:s|ent) from|line up with(?<=\b(?:doesn'?t|does not|don'?t|do not) line up with)|(?:finished|completed?|installed|delivered)(?<=\b(?:isn'?t|is not|wasn'?t|hasn'?t been|not yet)(?: even)? (?:finished|completed?|installed|delivered))|(?:agreed|quoted|ordered|signed)(?<=(?:n'?t|\bnot) (?:what|the (?:price|rate|amount|figure)) (?:we|was|were|you) (?:agreed|quoted|ordered|signed))|credited back|(?:charged|billed|invoiced) (?:us )?(?:for )?\d+[^.!?]{0,24}\bbut\b|owed(?<=\b(?:isn'?t|is not|aren'?t|are not) owed)|(?:billed|charged|invoiced)(?<=\b(?:shouldn'?t|should not) (?:be|have been) (?:billed|charged|invoiced))|cancell?ed(?<=\bwe cancell?ed)\b|cancell?ed(?<=\b(?:should have been|was supposed to be) cancell?ed)|never got the (?:[a-z]+ )?(?:deliverables|delivery|shipment|goods|items|order|work|service)|(?:done|delivered)(?<=\b(?:wasn'?t|was not|not) (?:done|delivered))\b|(?:entity|company)(?<=\bnot the (?:[a-z]+ )?(?:entity|company))\b|error(?<=\ban error)\b|approv(?:e|ing)(?<=\b(?:not approving|(?:won'?t|can'?t|cannot) approve))|(?:arrived|delivered|came|showed up|turned up)(?<=\bonly (?:\d+|half|some|part)(?: of (?:them|the (?:order|items|goods)))? (?:were |was )?(?:arrived|delivered|came|showed up|turned up))\b|(?:quote|quotation|po|contract|agreed price)(?<=\b(?:but|while|whereas) (?:the|our|your) (?:quote|quotation|po|contract|agreed price)) (?:was|is|says|said)\b/,
  // Disputes said with particular facts (rust, a credit, a count received, a price that differs), in patterns
  // of their own: in the ones above, their common first words (not, only, received) opened them in most replies.
  /higher than (?:your |the |our |what (?:you|was|we) )?(?:quote|quotation|quoted|agreed|po\b|contract)|off[\s-]?hire|charged (?:us )?for (?:the )?(?:full|whole|entire) (?:month|period|week|year)|(?:agreement|contract|quote|quotation|po) (?:says|said|states|specifies|was for) [$£€¥]?\d|(?:agreed|quoted) (?:at|was|for) [$£€¥]?\d[\d,.]*\s*k?,? not\b|rust(?:ed|y)\b|rotten|spoil(?:ed|t)|mou?ldy|not paying full price|(?:wasn'?t|was never|isn'?t|is not|was not|never) (?:in|part of) (?:our|the) (?:contract|agreement|quote|quotation|po|scope)|never (?:approved|authori[sz]ed|agreed to|signed (?:off|up)|asked for|requested|ordered)\b|broke down|never (?:completed|finished|installed|done)\b|caused by your|inflated|overstated|failed (?:inspection|qc|quality|testing)|(?:charged|billed|invoiced) (?:us )?(?:the )?(?:20\d\d|new|wrong|old|higher) (?:rates?|prices?|pricing)\b|(?:correct|fix|amend|revise)(?:ed)? the (?:quantity|amount|price|pricing|rate|total|invoice)|should(?:n'?t| not) be on (?:this|the|our) (?:invoice|bill|statement)|nowhere in (?:our|the) (?:contract|agreement|quote|po)|(?:last year'?s|old|outdated) (?:rates?|prices?|pricing)\b|joke(?<=\bis a joke)/,
  // ...and those that start with common words (not, only, our, should), kept small: they open often.
  /not paying (?:for|the final|the new|those|these)|not up to (?:standard|spec)|(?:haven'?t|hasn'?t|didn'?t|did not|has not|have not) pass(?:ed)? (?:the )?(?:inspection|qc|testing|commissioning)|(?:isn'?t|is not|not) (?:yet )?(?:due|payable)(?! (?:until|till|before|on|by) (?:the )?\d)|won'?t (?:be )?pay(?:ing)? (?:for|those|these|the full)|only (?:signed off|approved|agreed|ordered|received|got)(?: on| to)? (?:\d|one\b|two\b|three\b|four\b|five\b|half\b|part\b)|(?:received|got) (?:only )?\d+(?<=\bwe (?:only )?(?:received|got) (?:only )?\d+)(?!\s*(?:invoices?|reminders?|emails?|messages?|statements?|bills?|days?))|not as per|not paying until|duplicate\b(?<=\bis a duplicate)|done(?<=\b(?:nothing|no work) was done)|not [$£€¥]?\d(?<=\d[\d,.]*\s*k?(?:\/[a-z]+)?,? not [$£€¥]?\d)|(?:shows|says|lists|states) (?:\d|[$£€¥])[^.!?]{0,30}\bbut\b|ours\b(?<=\b(?:isn'?t|is not|aren'?t|are not) ours)|believe(?<=\b(?:don'?t|do not) believe) (?:this|it|that) is (?:due|owed)|notice(?<=\bwithout (?:any )?notice)|cancell?ed(?<=\b(?:project|order|job|contract|po|work) (?:that |which )?(?:was |has been |got )cancell?ed)/,
  /验收(?:都|还)*(?:没|未)(?:有)?(?:通过|过)|不亮|(?:还有|还差)\s*\d*\s*[箱件台套个批份包吨]?(?:货)?没(?:有)?(?:到|发|送)|补发(?:了|之后|以后)?再|(?<![链流金货])断了|裂了|开裂|生锈|锈了|漏水|少(?:送|发|到)了?|按实际(?:到货|数量|收货|用量)|多(?:了|出|收|算)了?(?:一|两|几|\d+)?(?:笔|项|次)|为什么(?:还)?(?:要)?(?:按|收|算|扣|charge)|为什么(?:单价|价格|金额|数量|运费)|(?:柜子|集装箱|货)?(?:晚|迟)到了?(?:\d|几|好几|[一两三四五六七八九十])|应该(?:由)?你们(?:出|承担|负责)|什么时候(?:买|订|要|下单)过|怎么还(?:在)?\s*(?:charge|收|扣|算|要钱|催)|停用|没(?:有)?(?:上线|完工|调试好?|交付)|实际(?:上)?(?:只|才)(?:收到|开通|到|用|送|发|做|有|来)|还没到期|未到期|没到期|你们?(?:开|算|收|报|写)(?:的(?:是|成)|了|成)\s*\d|还没\s*commissioning|差价|差额|(?:发票|你们)[^,，。]{0,4}按\s*\d[\d,.]*\s*(?:开|算|收)的|宕机|故障|没法用|不啱|没(?:有)?(?:扣|减)(?!款|钱)|不良品|红冲|冲红|差距(?:有点|比较|太|很|挺)?大|(?:和|跟)样品|没(?:有)?体现|从来没\s*(?:approve|agree)|没\s*(?:approve|agree|批准)\s*过|变成了?\s*(?:[$¥£€]|usd|rmb|cny)?\s*\d|(?:服务|工作|安装|施工|售后)[^,，。]{0,4}没(?:有)?到位/,
]);

export const HARDSHIP = gates([
  /没钱|没有钱|没(?:付|给|结|打|转|汇)(?<=(?:客户|甲方|下游|上游)[^,，。]{0,6}没(?:付|给|结|打|转|汇))|每个?月(?:先|只能)?(?:还|付|给)(?:一|1)?(?:点|些|部分)|压在(?:甲方|客户|上游|下游)|没辙|cash\s*(?:flow)?\s*(?:很|太|好|有点|比较)?\s*(?:tight|紧)|跑路|追不回|没追回|官司|(?:莫|没)得钱|(?:customer|client)(?<=等\s*(?:customer|client))|(?:客户|customer|client)\s*(?:还|都)?\s*没\s*(?:pay|付|给|结)|(?:cash|money|budget|funds)(?<=没\s*(?:有\s*)?(?:cash|money|budget|funds))|split\s*(?:成\s*)?(?:几|\d+|[两二三四五六])\s*(?:期|次)|(?:pay|付)\s*不(?:到|了|起)|(?:资金|现金|现金流|cash\s?flow|周转)\s*(?:上)?(?:有|出了?)(?:点|些)?问题|(?:货|库存)卖(?:出去|掉)|资金紧(?!张)|(?:补贴|拨款|补助)(?:还没|还未|没)?(?:下来|到位|批下来|到账)|少付|撑不(?:下去|住)|扛不住|(?:快|要)倒闭|(?:钱|款|资金)子?(?:还|都)?没(?:有)?(?:收)?(?:回来|回笼|到位)|压着(?:我们)?的?(?:款|钱|货款)|(?:钱|款)回来(?:了)?(?:才|再|就)|(?:工程款|货款|款)(?:还|都|一直)?没(?:有)?结(?:下来|回来|过来)|(?:工程款|项目款)(?:还|都|一直)?没(?:有)?(?:结|下来)|垫资|(?:甲方|客户|上游|下游)[^,，。]{0,4}拖(?:款|欠|着)|揭不开锅|(?:被|让)[^,，。]{1,4}压着|被(?:甲方|客户|上游|下游)[^,，。]{0,3}压(?:款|钱|货款)|能(?:不能)?先付(?:1|一)?部分|(?:账上|账户|卡上)(?:就|只)(?:剩|有)(?:几|\d)|(?:工资|工钱)(?:都|还)*没(?:有)?发|往后(?:放|拖|推|排)|拆成?(?:\d|[两二三四五六几])\s*(?:期|次|笔)|等(?!(?:财务|会计|出纳|老板|领导|我|审批|签字|盖章))[^,，。]{0,6}(?:结款|回款|拨款|拨下来|拨付|放款)|等[^,，。]{0,4}(?:客户|甲方|下游|终端)|(?:客户|甲方|下游|上游)(?:那边|那儿|那里)?的?(?:款|钱)(?:还|都|一直)?没(?:有)?(?:到|来|回|打)|等[^,，。]{0,10}(?:结|付|打|转)给我(?:们)?|卖不动|资金(?:全|都)?压在|(?:钱|款|资金)(?:还|都|一直)?没(?:有)?(?:拨|批|发)下来|查封|转不出|凑不(?:齐|够|出)|挤不出|先欠着|收不回来|欠着?我们(?<=(?:客户|甲方|下游|上游)[^,，。]{0,4}欠着?我们)|一分钱都没|没有?一分钱|被(?:客户|别人|上游|下游)?(?:欠款|拖欠|欠钱)|清算|(?:付款|支付)(?:都|全部)?(?:暂停|停止|停了)|(?:暂停|停止)(?:了)?(?:所有)?(?:付款|支付)|经营不善|(?:生意|效益|业绩)(?:太|很|特别|比较)?(?:不好|差|难做|不行)|交不上|停工|停产|哪(?:有|来的?)钱|拖了?我们|(?:都是|全是)(?:垫|借)的|没有?(?:这笔|这么多|那么多)钱|没(?:有)?现(?:金|钱)|压在(?:库存|货)|压货|等(?:银行)?放款|(?:银行|信用证)[^,，。]{0,4}放款了?(?:才|再|就)|信用证(?:还)?没(?:有)?(?:议付|到|开)|借钱|收不(?:到|回)(?:钱|款)|太难了|亏损|亏钱|赔钱|资金(?:紧张|困难|周转|回笼|链|问题|没到|还没到)|周转不(?:过来|开|灵)|手头(?:确实|有点|比较|很|太)?(?:紧|不宽裕)|现金流|付不(?:了|起|出)|(?:发|付)不出|困难|压力(?:太|很|比较)?大|缓(?:一缓|缓|几天|一下|一段)|宽限|(?:晚|拖|延|逾期)(?:几|一两|两三)天|分期|分成?(?:\d+|[两二三四五六七八九十几])(?:期|个月|次)|被(?:甲方|客户|上游|下游)(?:压|拖|扣)着|分批|慢慢(?:还|付|给)|按(?:季度|月|期)付|等(?:我们|我方|我司)?的?(?:上游|客户|甲方|下游|回款|款|钱)|客户回款|没(?:有)?回款|未回款|回款(?:到|了|后|之后)|资金(?:到位|下来|到了)|钱(?:到位|下来)|回款(?:还)?没|(?:客户|甲方|下游)(?:还)?没(?:付|给|结)|(?:客户|甲方|下游|批发商|经销商|代理商)[^,，。]{0,6}(?:不付|拖着|拖欠|拖款)|在等客户|冻结|重组|破产|倒闭|贷款|借款|融资|(?:很|太|比较|有点|特别|非常)紧|没办法付|暂时(?:付不|没法|无法)|拿不出/,
  /\b(?:cash|money|funds|finances?)\s*(?:(?:flow|position|situation)\s*)?(?:is|'s|are)?\s*(?:\w+\s+)?(?:tight|short|problem|crunch|issue)|tight on (?:cash|money|funds)|(?:short|low) on (?:cash|money|funds)|strapped|\bdefer(?:ral|ring)?\b|in administration|insolv(?:ent|ency)|liquidation|receivership|behind on (?:our )?(?:payments|bills|everything)|(?:sales|volumes?|orders|revenue|turnover) (?:have |has )?(?:collapsed|dropped|fallen|fell|tanked|slumped|are down|is down)|(?:pay|paying|spread)(?: it| this| that| the (?:balance|amount|invoice))?(?: off)? (?:over|across) (?:the next )?(?:two|three|four|five|six|twelve|\d+|a few|several) (?:months|weeks)|monthly (?:instead|payments?)|(?:pay|paying) (?:it |this )?(?:monthly|quarterly)|spread (?:it|this|the (?:cost|payments?|balance|amount))|(?:difficult|tough|hard)(?<=\bthings are (?:really |very |quite |pretty )?(?:difficult|tough|hard))|any flexibility|(?:afford)(?<=\b(?:can(?:not|'t)|unable to|not able to|can only|could only) (?:afford))|(?:tough|hard|difficult) (?:time|times|period|year)|(?:arrangement)(?<=\bpayment (?:arrangement))|\bcash\s*flow\b|more time to pay|(?:more (?:days|weeks))(?<=\b(?:\d+|a few|a couple of|couple of|some) (?:more (?:days|weeks)))|extension|need (?:more|some|a (?:bit|little) more) time|skint|(?:don'?t|do not) have (?:it|the money|the funds)\b|brutal|(?:gone|went|going) into administration|(?:supplier )?payments (?:are|have been) (?:on hold|frozen|suspended)|possible(?<=\b(?:isn'?t|is not|not) possible)|(?:let|laid) (?:half |most |some )?(?:of )?(?:our )?(?:staff|people|workers|employees|team) (?:go|off)|(?:grant|loan|funding|insurance|financing)(?: money| payout| payment)? (?:comes? through|arrives?|is approved|lands)|receivables come in|(?:as soon as|once|when) (?:our )?receivables|manage(?<=\bcan only manage)|small monthly amounts|still recovering|lost our (?:biggest |main |largest )?(?:contract|client|customer)|everything(?<=\btook everything)|\bwe'?re broke\b|awaiting (?:funds|payment)|unable to remit|can'?t pay|cannot pay|can not pay|unable to pay|not able to pay|no money|(?:don'?t|do not) have the (?:money|funds|cash)|insufficient funds|struggl|hard times|difficult(?:ies| time)|breathing room|instal{1,2}ments?|payment plan|in parts|(?:month|week)(?<=\b(?:do|pay|manage|afford|send|offer) (?:you )?(?:[$£€]\s?)?\d[\d,.]*k? (?:a|per|each|every) (?:month|week))|split (?:it|this|that|the (?:payment|bill|balance|amount|invoice)|(?:the )?payments?)|(?:payments|instal{1,2}ments|parts|tranches|chunks)(?<=\bin(?:to)? (?:two|three|four|\d+|several|smaller|monthly) (?:payments|instal{1,2}ments|parts|tranches|chunks))|\bstuck\b(?<!\b(?:approval|po|invoice|sign[\s-]?off|system|queue) (?:is |are |was |got )?stuck)|paid us(?<=(?:n'?t|\bnot|\bnot yet) paid us)|waiting (?:for|on) (?:our|the|a|an|some) (?:[a-z']+ ){0,2}(?:customer|client|funding|funds|loan|insurance|payout|grant|refund|settlement|distributor|dealer|buyer|reseller|retailer|wholesaler|investors?|lender|receivables?)|until (?:they|our customers?|our clients?) pay|(?:as soon as|the moment|once|when|after|until) (?:our|the|my) (?:[a-z]+ )?(?:customer|client|debtor|distributor|buyer|reseller|dealer|tenant|builder|contractor|developer|owner|insurer)s? (?:pays?|paid|settles?)|(?:customer|client)s? (?:is|are|has|have)? ?(?:\d+ days )?(?:late|behind|not paid)|(?:customer|client)s? (?:still |yet )?(?:hasn'?t|haven'?t|has not|have not|didn'?t|did not) (?:yet )?(?:paid|pay)|own (?:customer|client|debtor)s?(?<=\bour own (?:customer|client|debtor)s?)|position to pay(?<=\bnot in a position to pay)|\bslow\b|underwater|cover(?<=\b(?:can'?t|cannot) cover)|nothing left\b|ate (?:up )?everything|\bdire\b|holding (?:all |our )?(?:vendor |supplier )?payments|(?:reimbursements?|receivables?) (?:are|is) (?:way |well )?behind|bankrupt|restructur|frozen|freeze|layoffs?|\bloan\b|financing|funding/,
]);

/** Asking for something: a document or detail (noun) together with a request (verb or question). */
export const INFO_NOUN = gates([
  /账号|帐号|账户|户口|公户|哪(?:个|一个|张|笔)(?:订单|发票|合同|单)|户名|收款码|付款码|二维码|送货单|签收单|发货单|出库单|形式发票|哪(?:几|些)(?:单|笔|张)|列(?:一下|个|出来|给我)|开户行|开户银行|beneficiary|full name|地址|收款(?:信息|账户|方式)|付款信息|银行(?:信息|卡|账户)|对公|卡号|swift|iban|联行号|行号|税号|发票|专票|普票|开票|复印件|扫描件|记录|结算书|(?:日期|时间|进度|工时)表|电子版|对账|明细|拆分|清单|合同|协议|报价单|结算单|订单号|单号|金额|总价|总额|多少钱|欠多少|差多少|余额|收据|付款方式|付到哪|付款链接|联系方式|账单|拆开|收款方|收款人|收款单位|公司名称|全称|确认函|确认书|询证函|营业执照|资质|通知书|通知单|资料|材料|备注|附言|支付链接|收款码|付款码|二维码/,
  /pos?\b(?<=\b(?:which|what) pos?)|\bsow\b|statement of work|(?:which|what) (?:deliveries|orders|shipments|items|services|jobs|loads)\b|split (?:out|up)\b|\b(?:invoices?|invocies?|invoces?|invioces?|invs?\b(?![-\s#]?\d)|proforma|pro forma|pi\b|statements?|breakdown|itemi[sz]ed|bank(?:ing)?\s+(?:details|information|info|account)|account\s+(?:number|details|info)|payment\s+(?:details|instructions|info)|remittance\s+(?:details|information|address)|wir(?:e|ing)\s+instructions|routing|sort\s+code|contract|purchase\s+order|po\s+(?:number|copy)|w-?9|tax\s+id|receipt|(?:payment )?certificate|(?:lien )?waiver|proof\s+of\s+delivery|delivery\s+note|copy|how much|break(?:ing)? (?:it |this |that |them |these |those |the )?(?:\w+ )?down|send (?:the )?(?:payment|money|funds|cheque|check)(?<=\bwhere (?:should|do|can|shall) we send (?:the )?(?:payment|money|funds|cheque|check))|(?:account|reference)(?<=\b(?:which|what) (?:account|reference))|(?:remittance)(?<=\bsend (?:the |a |our )?(?:remittance))|soa|statement of account|remit[\s-]to|reference number|memo line|(?:ach|wire|wiring)\s+(?:details|information|info|instructions)|payable to|(?:out to)(?<=\bmake (?:the )?(?:check|cheque) (?:out to))|payee|portal|paynow|duitnow|\binv[-\s#]?\d+|(?:link)(?<=\bpayment (?:link))|(?:online)(?<=\bpay (?:online))|(?:the )?total (?:amount|due|owed|outstanding|we owe|balance)|what (?:do|does) (?:we|i) owe|(?:amount|balance) (?:due|owed|outstanding)|outstanding (?:amount|balance))\b/,
]);
export const INFO_CUE =
  gate(/没收到|未收到|咩|再确认(?:一下|下)|发来|列(?:一下|个|出来|给我)|问下|问一下|想问|请问|啥|收款码|二维码|给(?:[一1]?个|[一1]?下)|(?:跟|和)我确认|拉(?:一下|个|份)|帮我|发(?:一遍|一次|到)|盖(?:了)?章的|有没有|有吗|信息\s*[?？]?\s*$|\b(?:haven'?t|have not|didn'?t|did not|never) (?:received|got(?:ten)?|get)\b|发(?:我|给我|一下|下|过来|一份|个|份)|给我|提供|出(?:个|一份|一张)|寄|传(?:一下|下|过来)|重新开|补开|开(?:个|一张)|多少|什么|哪|吗|呢(?=\s*[?？]?\s*$)|\?|麻烦|请|能不能|需要|要一|\b(?:send|re-?send|provide|share|forward|give|get|need|could|can|please|pls|plz|what|what'?s|wats|which|where|how)\b/);

/** Asking to be sent something, wherever the thing itself was named: 能再发一份吗, 开了发一张电子的给我. */
export const SEND_CUE =
  gate(/发(?:我|给我|一下|下|过来|一份|个|份|一遍|一次|到)|给我|提供|寄|传(?:一下|下|过来)|重新开|补开|开(?:个|一张)|\b(?:send|re-?send|provide|share|forward)\b/);

export const ACK = new GateList([
  ...gates([
  /好的|好滴|好嘞|得嘞|要得|收着了?|好哒|好吧|(?<![你您上午安年])好呀|(?<![你您上午安年])好哦|^\s*好\s*[!.]?\s*$|^\s*行\s*$|行吧|行的|行啊|行呀|(?:跟|和)(?:老板|领导|财务|会计|出纳)说|可以|(?<![没未])收到(?![没吗])|知道了|知道啦|记下了|记住了|晓得|了解|明白|嗯|噢|哦|收悉|没问题|看到了|看到啦|已阅|已读|谢谢|感谢|多谢|辛苦/,
  /(?<![a-z])(?:ok|okay)(?:ok)*(?![a-z])|^\s*kk?\s*[!.]?\s*$|\b(?:noted|got it|appreciate (?:it|the reminder|the heads up)|cheers|ta|got (?:your|the) (?:message|email|note|reminder)|received|recieved|rec'?v'?d|acknowledged|roger|will do|sure|understood|thanks|thank you|thx|ty|copy that|alright|all right|fine|sounds good|no problem|seen|yes|yep|yeah)\b/,
  ]).gates,
  CHECKING,
]);

/**
 * Earliest [start, end) of any pattern in the list, or null; patterns whose trigger words are absent do not run.
 * `on`: the text's triggers, when the caller has them (asking triggersOf again compares the whole text).
 */
export function firstHit(text: string, patterns: GateList, from = 0, on: Triggers = triggersOf(text)): [number, number] | null {
  if (!anyMayMatch(on, patterns)) return null; // most lists, for most replies: one test, no loop
  // The best hit as two numbers; the span array is built once, for the winner.
  let start = -1;
  let end = -1;
  let slice: string | null = null;
  for (let i = nextMayMatch(on, patterns, 0); i >= 0; i = nextMayMatch(on, patterns, i + 1)) {
    slice ??= from > 0 ? text.slice(from) : text;
    const m = patterns.gates[i]!.re.exec(slice);
    if (m && (start < 0 || m.index + from < start)) {
      start = m.index + from;
      end = start + m[0].length;
    }
  }
  return start < 0 ? null : [start, end];
}

function gates(list: RegExp[]): GateList {
  return new GateList(list.map(gate));
}

/**
 * A mail or chat auto-responder: not the customer's answer, whatever dates it names. Only at the start of a
 * reply (decide checks where it matched; an anchor here would leave the pattern without trigger words).
 */
export const AUTO_REPLY = gate(/automatic reply|(?:i'm|i am) (?:currently )?out of (?:the )?office|auto[\s-]?reply|auto[\s-]?response|out of (?:the )?office(?: auto[\s-]?reply)?:|自动回复/);

/** A message meant for someone else: not an answer to the reminder, whatever it says. */
export const MISSENT = gate(/wrong (?:thread|chat|group|channel|person|contact|conversation)|发错群|(?:不好意思|抱歉|sorry)[^。]{0,6}发错人|发错人了?[,，。!！\s]*(?:不好意思|抱歉|sorry)|不是(?:给|发)你的/);

/** Asking when something happens (明天泵车几点到？): the day it names is not a payment date. */
export const WHEN_QUESTION = gate(/几点|几号|星期几|周几|礼拜几|几(?:趟|次|批)|什么时候|啥时候|放几天|几号(?:放假|上班|开工)|哪天(?:放假|上班|开工)|\bwhat time\b/);

/** The rest of the money: in a paid reply, its date is when the rest comes, not when it was paid. */
export const REMAINDER = gate(/剩下|剩余|余款|尾款|余下|其余|另(?:外)?(?:1|一)半|\bthe rest\b|\bremaining\b|\bbalance\b/);

/**
 * Someone else's event in an English clause (our customer pays us on the 10th, the board meets on the 12th,
 * we close our books on the 28th): its day is the reason, not the payment date, when another day is.
 */
export const OTHER_EVENT = gate(/\b(?:pays us|pay us|paid us|meets|meeting|close (?:our|the) books|books close|received (?:your|the) invoice|sign[\s-]?off|signs off|happen|happens|audit|auditors|payroll|is off|are off|on leave|closed|(?:out|away|off|closed) until|back on)\b/);

/** Chat about something else altogether (weather, tea, fishing, a festival): with no payment verb, no day it names is a payment day. */
export const CHITCHAT = gate(/好卡|卡死|堵死|堵车|吃(?:啥|什么|了吗|饭了)|\blol\b|天气|好热|好冷|下(?:大|小|暴)?(?:雨|雪)|雨(?:好|很|太|真)大|喝(?:个)?茶|吃(?:个)?饭|喝(?:个)?酒|钓鱼|快乐|月饼|weather/);

/** Small talk: 今天天气真好 names a day, but no payment. */
export const SMALL_TALK = gate(/快乐|月饼|雨(?:好|很|太|真)大|喝(?:个)?茶|吃(?:个)?饭|喝(?:个)?酒|聚(?:一下|聚)|会议|开会|\bmeeting\b|天气|好热|好冷|下(?:大|小|暴)?(?:雨|雪)|降温|升温|保暖|堵车|堵死|weather/);

/** Waiting on an internal step (approval, a signature, 走流程): a promise without a date (spec). */
export const INTERNAL_STEP =
  gate(/签字|签完|(?:还)?没(?:有)?批|等(?:着)?批|让(?:会计|财务|出纳)(?:去)?(?:办|付|转|处理|安排)|审批|批下来|盖章|走流程|流程中|流程(?:还)?在走|等(?:老板|领导|财务|会计|负责人|他|她)回来|付款申请|请款|\b(?:approval|approved|approve|approving|signs?[\s-]?off|signature|signed|in the (?:payment )?(?:queue|run|system|pipeline)|payment run|ap run)\b/);
