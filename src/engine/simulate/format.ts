import type { TimelineEntry } from './run.js';

/** "2026-12-03 09:03 +08:00": the instant as the customer lives it. */
function when(at: string): string {
  return `${at.slice(0, 10)} ${at.slice(11, 16)} ${at.slice(19) || 'Z'}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');
}

/** The timeline for people: one header line per entry, message texts indented beneath. */
export function formatTimeline(entries: TimelineEntry[]): string {
  const lines: string[] = [];
  for (const e of entries) {
    const head = `${when(e.at)}  `;
    switch (e.kind) {
      case 'send':
        lines.push(`${head}send     ${String(e.template)} (${String(e.tone)}${e.reply ? ', reply' : ''}) [${(e.invoices as string[]).join(', ')}]`);
        lines.push(indent(String(e.text)));
        if (Array.isArray(e.buttons)) lines.push(indent(`[${(e.buttons as string[]).join('] [')}]`));
        break;
      case 'customer':
        lines.push(`${head}customer «${String(e.text)}»`);
        break;
      case 'payment':
        lines.push(`${head}payment  ${String(e.invoice)} ${String(e.amount)}`);
        break;
      case 'staff':
        lines.push(`${head}staff    ${String(e.action)} by ${String(e.actor)}`);
        break;
      case 'promise':
        lines.push(`${head}promise  ${String(e.status)}${e.note ? ` (${String(e.note)})` : ''}: ${String(e.date)}${e.amount === null ? '' : ` ${String(e.amount)} ${String(e.currency)}`}`);
        break;
      case 'alert':
        lines.push(
          e.status
            ? `${head}alert    ${String(e.reason)} ${String(e.status)} by ${String(e.actor)}`
            : `${head}alert    ${String(e.reason)} → ${String(e.target)}${e.pendingApproval ? ' (awaiting approval)' : ''}${e.quote ? ` «${String(e.quote)}»` : ''}`,
        );
        break;
      case 'state':
        lines.push(`${head}state    ${String(e.from)} → ${String(e.status)}`);
        break;
      case 'blocked':
        lines.push(`${head}blocked  ${String(e.template)}: ${String(e.reason)}`);
        break;
      default:
        lines.push(`${head}${e.kind}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
