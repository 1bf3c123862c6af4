import { expectRow, type Row } from './given.js';

// Given today is Wednesday 2026-12-09 in Asia/Shanghai (week: Mon 12-07 … Sun 12-13).

describe('Rule 1: a month and day without a year is the next occurrence (paid: the most recent)', () => {
  it.each<Row>([
    ['12月25号付', 'promise', '2026-12-25'],
    ['十二月二十五号之前付', 'promise', '2026-12-25'],
    ['１２月２５号付款', 'promise', '2026-12-25'],
    ['12.25号付', 'promise', '2026-12-25'],
    ['We will pay on Dec 25th', 'promise', '2026-12-25'],
    ['payment by 25 December', 'promise', '2026-12-25'],
    ['12月5号付', 'promise', '2027-12-05'],
    ['1月8号付', 'promise', '2027-01-08'],
    ['12月5号付的', 'paid', '2026-12-05'],
    ['AP released it on 5 Dec.', 'paid', '2026-12-05'],
  ])('When the customer replies %p, Then it is %s on %s', (...row) => expectRow(row));
});

describe('Rule 2: a day of the month alone is this month if still ahead, else next (paid: the most recent)', () => {
  it.each<Row>([
    ['15号付', 'promise', '2026-12-15'],
    ['二十号付款', 'promise', '2026-12-20'],
    ["We'll pay by the 15th.", 'promise', '2026-12-15'],
    ['9号给你转', 'promise', '2026-12-09'],
    ['5号付', 'promise', '2027-01-05'],
    ['Payment on the 5th', 'promise', '2027-01-05'],
    ['1号付出去的', 'paid', '2026-12-01'],
    ['Paid on the 20th.', 'paid', '2026-11-20'],
  ])('When the customer replies %p, Then it is %s on %s', (...row) => expectRow(row));
});

describe('Rule 3: a bare weekday is the next on or after today (paid: the most recent; 上周五 is last week)', () => {
  it.each<Row>([
    ['周五付', 'promise', '2026-12-11'],
    ['礼拜五吧', 'promise', '2026-12-11'],
    ['禮拜五付', 'promise', '2026-12-11'],
    ['星期三转', 'promise', '2026-12-09'],
    ['Friday works', 'promise', '2026-12-11'],
    ['wire goes out Friday', 'promise', '2026-12-11'],
    ['周一 transfer', 'promise', '2026-12-14'],
    ['周一付的', 'paid', '2026-12-07'],
    ['We paid on Monday.', 'paid', '2026-12-07'],
    ['上周五付了', 'paid', '2026-12-04'],
    ['上个礼拜五已经付款了', 'paid', '2026-12-04'],
    ['We paid last Friday.', 'paid', '2026-12-04'],
  ])('When the customer replies %p, Then it is %s on %s', (...row) => expectRow(row));
});

describe('Rule 4: this/next/下下 weeks name a weekday of that week', () => {
  it.each<Row>([
    ['这周一付', 'promise', '2026-12-07'],
    ['本周四付', 'promise', '2026-12-10'],
    ['This Friday we will transfer', 'promise', '2026-12-11'],
    ['下周五付', 'promise', '2026-12-18'],
    ['下礼拜二吧', 'promise', '2026-12-15'],
    ['下星期一到账', 'promise', '2026-12-14'],
    ['next Friday', 'promise', '2026-12-18'],
    ['next Tuesday 打款', 'promise', '2026-12-15'],
    ['下下周三', 'promise', '2026-12-23'],
    ['下下个礼拜一', 'promise', '2026-12-21'],
  ])('When the customer replies %p, Then it is %s on %s', (...row) => expectRow(row));
});

describe('Rule 5: today, tomorrow, the day after, in N days', () => {
  it.each<Row>([
    ['今天转', 'promise', '2026-12-09'],
    ['today', 'promise', '2026-12-09'],
    ['明天付', 'promise', '2026-12-10'],
    ['明儿个给你转', 'promise', '2026-12-10'],
    ["I'll send it tomorrow.", 'promise', '2026-12-10'],
    ['后天', 'promise', '2026-12-11'],
    ['the day after tomorrow', 'promise', '2026-12-11'],
    ['大后天一定到账', 'promise', '2026-12-12'],
    ['10天内付清', 'promise', '2026-12-19'],
    ['三天后付', 'promise', '2026-12-12'],
    ['七天之内肯定付清', 'promise', '2026-12-16'],
    ["We'll be able to pay in 2 days.", 'promise', '2026-12-11'],
    ['within three days', 'promise', '2026-12-12'],
  ])('When the customer replies %p, Then it is %s on %s', (...row) => expectRow(row));
});

describe('Rule 6: N business days count Monday to Friday only', () => {
  it.each<Row>([
    ['3个工作日内付款', 'promise', '2026-12-14'],
    ['两个工作日之内钱会到你们账上', 'promise', '2026-12-11'],
    ['Within 5 business days.', 'promise', '2026-12-16'],
    ['within ten working days', 'promise', '2026-12-23'],
  ])('When the customer replies %p, Then it is %s on %s', (...row) => expectRow(row));

  it('Given a Saturday, When they say 2个工作日内, Then Monday is day 1 and Tuesday day 2', () => {
    expectRow(['2个工作日内付', 'promise', '2026-12-15'], '2026-12-12T10:00:00+08:00');
  });
});

describe('Rule 7: windows resolve to their end', () => {
  it.each<Row>([
    ['本周内付款', 'promise', '2026-12-11'],
    ['this week 内搞定', 'promise', '2026-12-11'],
    ['By end of this week.', 'promise', '2026-12-11'],
    ['下周吧', 'promise', '2026-12-18'],
    ['Next week at the latest.', 'promise', '2026-12-18'],
    ['月底付', 'promise', '2026-12-31'],
    ['月末付', 'promise', '2026-12-31'],
    ['End of the month.', 'promise', '2026-12-31'],
    ['最晚下个月底', 'promise', '2027-01-31'],
    ['By the end of next month.', 'promise', '2027-01-31'],
    ['下个月吧', 'promise', '2027-01-31'],
    ['next month 再 pay 可以吗', 'promise', '2027-01-31'],
    ['月初付', 'promise', '2027-01-05'],
    ['下个月月初', 'promise', '2027-01-05'],
    ['early next month', 'promise', '2027-01-05'],
    ['月中付', 'promise', '2026-12-15'],
    ['Mid-month.', 'promise', '2026-12-15'],
    ['上旬', 'promise', '2026-12-10'],
    ['中旬付款', 'promise', '2026-12-20'],
    ['下旬吧', 'promise', '2026-12-31'],
    ['2月上旬吧', 'promise', '2027-02-10'],
    ['6月底', 'promise', '2027-06-30'],
    ['Early June is realistic', 'promise', '2027-06-05'],
    ['mid-December', 'promise', '2026-12-15'],
    ['年底前付清', 'promise', '2026-12-31'],
    ['年末之前会清掉的', 'promise', '2026-12-31'],
    ['元旦前', 'promise', '2026-12-31'],
    ['Before the end of the year.', 'promise', '2026-12-31'],
    ['年前给你结清', 'promise', '2027-02-05'],
    ['春节前给你们结了', 'promise', '2027-02-05'],
    ["We'll clear it before CNY.", 'promise', '2027-02-05'],
    ['before Chinese New Year', 'promise', '2027-02-05'],
  ])('When the customer replies %p, Then it is %s on %s', (...row) => expectRow(row));

  it('Given Saturday, When they say "this week", Then it is the Friday of the coming week', () => {
    expectRow(['this week', 'promise', '2026-12-18'], '2026-12-12T10:00:00+08:00');
    expectRow(['这周内', 'promise', '2026-12-18'], '2026-12-12T10:00:00+08:00');
  });

  it('Given the 20th, When they say 月中, Then it is next month\'s 15th', () => {
    expectRow(['月中吧', 'promise', '2027-01-15'], '2026-12-20T10:00:00+08:00');
  });

  it('Given a day after this year\'s 除夕, When they say 年前, Then it is the next Spring Festival\'s eve (lunar, any year)', () => {
    expectRow(['年前付', 'promise', '2028-01-25'], '2027-03-01T10:00:00+08:00');
    expectRow(['春节前', 'promise', '2031-01-22'], '2030-06-01T10:00:00+08:00');
  });
});

describe('Rule 8: vague time is a promise without a date', () => {
  it.each<Row>([
    ['过几天付', 'promise', null],
    ['这两天就转', 'promise', null],
    ['尽快安排付款', 'promise', null],
    ['回头给你打', 'promise', null],
    ['节后付', 'promise', null],
    ['ASAP', 'promise', null],
    ['soon 啦 别急', 'promise', null],
    ['We will pay after the holidays', 'promise', null],
    ["We'll get to it shortly.", 'promise', null],
  ])('When the customer replies %p, Then it is %s with date %s', (...row) => expectRow(row));
});

describe('Rule 9: several dates give the earliest; a correction wins', () => {
  it.each<Row>([
    ['先付一半，月底付清', 'promise', '2026-12-31', null],
    ['这周五付一半，下周五付另一半', 'promise', '2026-12-11'],
    ['今天先付2万 月底付清', 'promise', '2026-12-09', 20000],
    ['Sending £3,000 today; the remainder next Friday.', 'promise', '2026-12-09', 3000],
    ['不是周五，是下周一', 'promise', '2026-12-14'],
    ['不是周五是下周一', 'promise', '2026-12-14'],
    ['周四付，哦说错了，是下周四', 'promise', '2026-12-17'],
    ['周五不行，下周一吧', 'promise', '2026-12-14'],
    ['今天付不了 礼拜五吧', 'promise', '2026-12-11'],
    ['Wednesday — actually make that Thursday, our controller is out Wednesday.', 'promise', '2026-12-10'],
    ["Can't do Friday, Monday works", 'promise', '2026-12-14'],
  ])('When the customer replies %p, Then it is %s on %s', (...row) => expectRow(row));

  // Committed: said with a payment verb or on its own. A date in a clause that tells something else is the reason.
  it.each<Row>([
    ['大后天转，今天U盾在会计手上', 'promise', '2026-12-12'],
    ['8号给你转，7号要先发工人工资', 'promise', '2027-01-08'],
    ['下周吧，这周进货的钱都压着呢', 'promise', '2026-12-18'],
    ['周三付吧。不对，周三要开会，周四', 'promise', '2026-12-10'],
    ['本周三先打1.5万，尾款下个月10号前结清', 'promise', '2026-12-09', 15000],
    ['Our customer pays us on the 10th, so we can pay you on the 12th.', 'promise', '2026-12-12'],
    ['We close our books on the 28th. Payment goes out on the 30th.', 'promise', '2026-12-30'],
  ])('When the customer replies %p, Then the committed date wins: %s on %s', (...row) => expectRow(row));
});

describe('Rule 10: arrival phrasing gives that day for a promise', () => {
  it.each<Row>([
    ['周一到账', 'promise', '2026-12-14'],
    ['下周二钱能到你们账上', 'promise', '2026-12-15'],
    ['The transfer clears on Friday.', 'promise', '2026-12-11'],
    ['You should have it by December 20.', 'promise', '2026-12-20'],
  ])('When the customer replies %p, Then it is %s on %s', (...row) => expectRow(row));
});

describe('More conventions: backward words, paid is the day sent, before/by X is X', () => {
  it.each<Row>([
    ['昨天转了', 'paid', '2026-12-08'],
    ['yesterday 已经汇了', 'paid', '2026-12-08'],
    ['前天网银转的，麻烦查收', 'paid', '2026-12-07'],
    ['3天前付的', 'paid', '2026-12-06'],
    ['paid 2 days ago', 'paid', '2026-12-07'],
    ['今天上午转的', 'paid', '2026-12-09'],
    ['Just paid £4,200 this morning.', 'paid', '2026-12-09', 4200],
    ['昨晚网银转的，应该今天到账', 'paid', '2026-12-08'],
    ['下周五之前一定付', 'promise', '2026-12-18'],
    ['by Friday at the latest', 'promise', '2026-12-11'],
    ['上周付了一半，下周付剩下的', 'paid', null],
  ])('When the customer replies %p, Then it is %s on %s', (...row) => expectRow(row));
});
