/** The Chinese verbs the runtime's staff command parser understands after 催款. */
const ZH_VERBS = '状态|提醒|暂停|恢复|已付|发送|关联|绑定|账龄|帮助';

const SLASH = /^\/duebot(?:\s+([\s\S]*))?$/i;
// 催款 is also an everyday word ("催款催得太急了"): it is a command only when a verb follows.
const ZH = new RegExp(`^催款\\s*((?:${ZH_VERBS})[\\s\\S]*)$`);

/** The command line after the prefix ("状态 C001"), or null when the text is not a staff command. */
export function staffCommandLine(text: string): string | null {
  const t = text.trim();
  const slash = SLASH.exec(t);
  if (slash) return (slash[1] ?? '').trim();
  const zh = ZH.exec(t);
  return zh ? zh[1]!.trim() : null;
}

export const REFUSAL = '抱歉，只有已登记的同事可以使用 duebot 指令。如需帮助，请联系您的客户经理。(Sorry, only registered staff can use duebot commands.)';
