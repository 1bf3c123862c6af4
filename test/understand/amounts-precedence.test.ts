import { expectRow, type Row } from './given.js';

// Given today is Wednesday 2026-12-09 in Asia/Shanghai.

describe('Amounts: a specific figure for the promised or paid payment, in major units', () => {
  it.each<Row>([
    ['先付5000', 'promise', null, 5000],
    ['先付2万,剩下月底', 'promise', '2026-12-31', 20000],
    ['先付两万，剩下月底', 'promise', '2026-12-31', 20000],
    ['一万五 周五付', 'promise', '2026-12-11', 15000],
    ['周四先打3.5万过去', 'promise', '2026-12-10', 35000],
    ['5k tomorrow', 'promise', '2026-12-10', 5000],
    ['¥12,000.50 明天转', 'promise', '2026-12-10', 12000.5],
    ["We'll wire USD 12,500 on Monday", 'promise', '2026-12-14', 12500],
    ['6800的那笔已经付过了', 'paid', null, 6800],
    ['先付一半，月底付清', 'promise', '2026-12-31', null],
    ['周五付30%', 'promise', '2026-12-11', null],
    ['下周付', 'promise', '2026-12-18', null],
  ])('When the customer replies %p, Then it is %s on %s for %s', (...row) => expectRow(row));

  // A bare figure of 100 or more counts when nothing marks the money and nothing makes it another number.
  it.each<Row>([
    ['周五付，5000', 'promise', '2026-12-11', 5000],
    ['5000今天先过去，余款下周一', 'promise', '2026-12-09', 5000],
    ['Wire of 12800 goes out Friday', 'promise', '2026-12-11', 12800],
    ['6800的 那笔已经付过了', 'paid', null, 6800],
    ['周五付，发票号88562', 'promise', '2026-12-11', null],
    ['周五付，PO 4500123', 'promise', '2026-12-11', null],
    ['INV-2231 周五付', 'promise', '2026-12-11', null],
    ['周五付，200台的那批', 'promise', '2026-12-11', null],
    ['We will pay the 300 pcs order on Friday', 'promise', '2026-12-11', null],
    ['Paying for 1,200 units on Friday', 'promise', '2026-12-11', null],
    ['周五付，2027年的合同再说', 'promise', '2026-12-11', null],
    ['周五付，账号 6225 8801 2233', 'promise', '2026-12-11', null],
    ['周五付，有事打13812345678', 'promise', '2026-12-11', null],
    ['50 周五付', 'promise', '2026-12-11', null],
  ])('When the customer replies %p, Then it is %s on %s for %s', (...row) => expectRow(row));
});

describe('When rules meet: paid > promise with a date > dispute > hardship > request_info > promise without a date > acknowledge > other', () => {
  it.each<Row>([
    ['12月5号付的 回单找找发你', 'paid', '2026-12-05'],
    ['12月25号付的', 'paid', '2025-12-25'],
    ['把账号再发我一次，周五转', 'promise', '2026-12-11'],
    ['发下账号我好付款', 'request_info', null],
    ['货有问题,解决了就付', 'dispute', null],
    ['还没验收呢，验收不通过不付款', 'dispute', null],
    ['资金紧张，下个月10号付', 'promise', '2027-01-10'],
    ['End of the month, once our customer pays us.', 'promise', '2026-12-31'],
    ['下月中吧，这个月底要发年终奖压力大', 'promise', '2027-01-15'],
    ['等老板签完字就付', 'promise', null],
    ['审批中，批下来就付', 'promise', null],
    ['等贷款下来就付', 'hardship', null],
    ['尽快吧 我催一下财务', 'promise', null],
    ['好的👍', 'acknowledge', null],
  ])('When the customer replies %p, Then it is %s (%s)', (...row) => expectRow(row));
});
