import { expectRow, type Row } from './given.js';

// Given today is Wednesday 2026-12-09 in Asia/Shanghai.

describe('Intent promise: commits or proposes to pay; asking to extend to a date is a promise of it', () => {
  it.each<Row>([
    ['能不能延到下月15号', 'promise', '2027-01-15'],
    ['麻烦跟你们领导申请一下，延期到3月10号行吗', 'promise', '2027-03-10'],
    ['Could we push it to the 20th?', 'promise', '2026-12-20'],
    ['尽快安排付款', 'promise', null],
    ['财务已经放假了，回来以后马上付', 'promise', null],
    ['our finance is processing it', 'promise', null],
  ])('When the customer replies %p, Then it is %s (%s)', (...row) => expectRow(row));
});

describe('Intent paid: the payment was already made', () => {
  it.each<Row>([
    ['早就付了，你们财务是不是没对账', 'paid', null],
    ['10万已经付了，回单在邮件里', 'paid', null, 100000],
    ['钱已经打过去了', 'paid', null],
    ['转账已完成', 'paid', null],
    ['款项已于12月1日汇出', 'paid', '2026-12-01'],
    ['This has been paid. Please see the attached remittance.', 'paid', null],
    ['Payment was sent via wire on 12/3', 'paid', '2026-12-03'],
    ['钱 transfer 过去了，看下 remittance', 'paid', null],
  ])('When the customer replies %p, Then it is %s (%s)', (...row) => expectRow(row));
});

describe('Intent dispute: the amount, goods, invoice or debt itself is contested', () => {
  it.each<Row>([
    ['货有质量问题先别催', 'dispute', null],
    ['发票上的数量错了，我们只订了50台', 'dispute', null],
    ['服务费跟合同约定的不符，多收了两千', 'dispute', null, null],
    ['搞错了吧，我们公司没跟你们签过合同', 'dispute', null],
    ['12月5号的发票金额不对', 'dispute', null],
    ['The amount doesn\'t match our PO.', 'dispute', null],
    ['We never received the goods', 'dispute', null],
    ['Goods were returned, so nothing is owed.', 'dispute', null],
    ['price 不对，跟 quotation 不一样', 'dispute', null],
  ])('When the customer replies %p, Then it is %s', (...row) => expectRow(row));
});

describe('Intent hardship: cannot pay now, no concrete date', () => {
  it.each<Row>([
    ['现金流断了，求缓一缓', 'hardship', null],
    ['能不能分期？分六个月', 'hardship', null],
    ['老板说等上游结款了才能付你们', 'hardship', null],
    ['等我们客户回款了就付你们', 'hardship', null],
    ['公司在重组，付款全部冻结了', 'hardship', null],
    ['过几天付吧，最近资金紧张', 'hardship', null],
    ["We can't pay at the moment, cash is really tight.", 'hardship', null],
    ['Could we do monthly instalments?', 'hardship', null],
    ['最近 cash 很紧，给点 time', 'hardship', null],
  ])('When the customer replies %p, Then it is %s', (...row) => expectRow(row));
});

describe('Intent request_info: asks for a document or a detail', () => {
  it.each<Row>([
    ['发一下对公账户', 'request_info', null],
    ['银行账号发我', 'request_info', null],
    ['开户行全称是什么？', 'request_info', null],
    ['麻烦提供下对账明细', 'request_info', null],
    ['发票还没收到', 'request_info', null],
    ['Can you provide an itemized breakdown?', 'request_info', null],
    ['Can you send the invoice by Friday?', 'request_info', null],
    ['你们的 SWIFT code 是多少', 'request_info', null],
  ])('When the customer replies %p, Then it is %s', (...row) => expectRow(row));
});

describe('Intent acknowledge: receipt or agreement with no time', () => {
  it.each<Row>([
    ['好的收到', 'acknowledge', null],
    ['嗯嗯收到啦', 'acknowledge', null],
    ['了解，我们内部核一下', 'acknowledge', null],
    ['看到了，已转达财务', 'acknowledge', null],
    ['我问一下财务什么时候付', 'acknowledge', null],
    ['noted, thanks', 'acknowledge', null],
    ['Ok, will look into it.', 'acknowledge', null],
    ['Will pass this on to finance', 'acknowledge', null],
  ])('When the customer replies %p, Then it is %s', (...row) => expectRow(row));
});

describe('Intent other: greetings, chat, abuse, emoji only, questions about the bot', () => {
  it.each<Row>([
    ['早上好', 'other', null],
    ['Hello there', 'other', null],
    ['哈哈 good morning 啊', 'other', null],
    ['昨晚的球赛你看了没，太离谱了', 'other', null],
    ['神经病', 'other', null],
    ['这是自动回复的吗？', 'other', null],
    ['Are you a real person?', 'other', null],
    ['👍', 'other', null],
    ['👌', 'other', null],
  ])('When the customer replies %p, Then it is %s', (...row) => expectRow(row));
});
