import { loadPuppet } from '../../adapters/wecom/customers/puppet.js';
import { staffCommandLine } from '../../adapters/wecom/customers/staff.js';
import { ConfigError } from '../../src/errors.js';

describe('WeCom staff command prefix', () => {
  test.each([
    ['/duebot 状态 C001', '状态 C001'],
    ['/duebot status C001', 'status C001'],
    ['  /DUEBOT   say C001 您好 ', 'say C001 您好'],
    ['/duebot', ''],
    ['催款 状态 C001', '状态 C001'],
    ['催款状态 C001', '状态 C001'],
    ['催款 发送 C001 王会计您好，回单收到了', '发送 C001 王会计您好，回单收到了'],
    ['催款 帮助', '帮助'],
    ['催款催得太急了', null],
    ['催款 太急了吧', null],
    ['/duebotx 状态', null],
    ['礼拜五一定付', null],
  ])('Given "%s", When read, Then the command line is %p', (text, line) => {
    expect(staffCommandLine(text)).toBe(line);
  });
});

describe('WeCom puppet from WECHATY_PUPPET', () => {
  test('Given the mock puppet by name, When loaded, Then it is a puppet instance', async () => {
    const puppet = await loadPuppet({ WECHATY_PUPPET: 'wechaty-puppet-mock', WECHATY_PUPPET_SERVICE_TOKEN: undefined });
    expect(typeof (puppet as { start?: unknown }).start).toBe('function');
  });

  test.each([
    ['a module that is not a puppet', 'fs', /must name a Wechaty puppet package/],
    ['a puppet that is not installed', 'wechaty-puppet-nonexistent', /not installed: run npm install wechaty-puppet-nonexistent/],
  ])('Given %s, When loaded, Then a ConfigError names WECHATY_PUPPET and the fix', async (_what, name, message) => {
    const err = await loadPuppet({ WECHATY_PUPPET: name, WECHATY_PUPPET_SERVICE_TOKEN: undefined }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err).toMatchObject({ variable: 'WECHATY_PUPPET', message: expect.stringMatching(message) });
  });
});
