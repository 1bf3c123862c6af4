import { expectRow, type Row } from './given.js';

// Given today is Wednesday 2026-12-09 in Asia/Shanghai (week: Mon 12-07 … Sun 12-13).
// Phrasings beyond the rule tables, written from the spec: zh, traditional, en, mixed, typos, full-width.

describe('More Chinese phrasings', () => {
  it.each<Row>([
    ['下礼拜三前打款', 'promise', '2026-12-16'],
    ['月底前一定结清', 'promise', '2026-12-31'],
    ['这两天就安排', 'promise', null],
    ['昨天已经转了5万', 'paid', '2026-12-08', 50000],
    ['前天付的款，麻烦查收', 'paid', '2026-12-07'],
    ['我们资金紧张，能不能分三期', 'hardship', null],
    ['发票还没收到，麻烦重新开一张', 'request_info', null],
    ['货物有破损，要退货', 'dispute', null],
    ['好的，收到', 'acknowledge', null],
    ['春节前给你们结', 'promise', '2027-02-05'],
    ['元旦前付清', 'promise', '2026-12-31'],
    ['下个月10号付', 'promise', '2027-01-10'],
    ['3个工作日内付款', 'promise', '2026-12-14'],
    ['5天后转账', 'promise', '2026-12-14'],
    ['后天打款', 'promise', '2026-12-11'],
    ['大后天付', 'promise', '2026-12-12'],
    ['周日付', 'promise', '2026-12-13'],
    ['下旬付', 'promise', '2026-12-31'],
    ['中旬付', 'promise', '2026-12-20'],
    ['月初付', 'promise', '2027-01-05'],
    ['1月中旬付款', 'promise', '2027-01-20'],
    ['已付款，请查收', 'paid', null],
    ['不是周五，是下周一', 'promise', '2026-12-14'],
    ['先付一半，月底付清', 'promise', '2026-12-31', null],
    ['先付2万，剩下的下个月', 'promise', '2027-01-31', 20000],
    ['账号发我一下，周五转', 'promise', '2026-12-11'],
    ['发下账号我好付款', 'request_info', null],
    ['等客户回款了再付', 'hardship', null],
    ['老板签字了就付', 'promise', null],
    ['我问下财务什么时候付', 'acknowledge', null],
    ['👍', 'other', null],
    ['你是机器人吗', 'other', null],
  ])('When the customer replies %p, Then it is %s (%s)', (...row) => expectRow(row));
});

describe('Traditional forms, full-width figures and typos', () => {
  it.each<Row>([
    ['下週五會付款', 'promise', '2026-12-18'],
    ['錢已經匯過去了', 'paid', null],
    ['下周５付', 'promise', '2026-12-18'],
    ['十五号前付', 'promise', '2026-12-15'],
    ['Fridy we pay', 'promise', '2026-12-11'],
    ['will pay tommorow', 'promise', '2026-12-10'],
  ])('When the customer replies %p, Then it is %s (%s)', (...row) => expectRow(row));
});

describe('More English phrasings', () => {
  it.each<Row>([
    ['Will pay by end of next month', 'promise', '2027-01-31'],
    ['Payment will go out on the 18th', 'promise', '2026-12-18'],
    ['We paid yesterday', 'paid', '2026-12-08'],
    ['Paid 3 days ago', 'paid', '2026-12-06'],
    ['can we pay in 2 installments?', 'hardship', null],
    ['Please resend the invoice', 'request_info', null],
    ['The invoice amount is wrong', 'dispute', null],
    ['noted, thanks', 'acknowledge', null],
    ['we will transfer $5,000 tomorrow', 'promise', '2026-12-10', 5000],
    ['will pay within 10 business days', 'promise', '2026-12-23'],
    ["We'll settle before Chinese New Year", 'promise', '2027-02-05'],
    ['Thursday works for the payment', 'promise', '2026-12-10'],
    ['paying next wednesday', 'promise', '2026-12-16'],
    ["I'll pay this Monday", 'promise', '2026-12-07'],
    ['we can pay next week', 'promise', '2026-12-18'],
    ['will pay mid-January', 'promise', '2027-01-15'],
    ['payment early next month', 'promise', '2027-01-05'],
  ])('When the customer replies %p, Then it is %s (%s)', (...row) => expectRow(row));
});

describe('Mixed Chinese and English', () => {
  it.each<Row>([
    ['下周一 pay 5k', 'promise', '2026-12-14', 5000],
    ['invoice 收到了，月底付', 'promise', '2026-12-31'],
    ['friday 转账', 'promise', '2026-12-11'],
    ['已经 paid 了', 'paid', null],
    ['周五付 3.5万', 'promise', '2026-12-11', 35000],
  ])('When the customer replies %p, Then it is %s (%s)', (...row) => expectRow(row));
});
