import { getJson, postJson } from './api.js';
import { h, replace } from './dom.js';
import { when } from './format.js';
import { t } from './i18n.js';

export interface ChatLine { id: string; from: 'bot' | 'customer'; text: string; at: string; buttons?: Array<{ id: string; label: string; value?: string }> }

let address: string | null = null;

export function chatAddress(): string | null { return address; }

function lineEl(line: ChatLine): HTMLElement {
  const buttons = (line.buttons ?? []).map((b) => h('button', {
    class: 'chat-button', 'data-action': b.id,
    onclick: () => { if (address) void postJson(`/local/chats/${encodeURIComponent(address)}/actions`, { id: b.id, ...(b.value ? { value: b.value } : {}) }); },
  }, b.label));
  return h('div', { class: `chat-line ${line.from}`, 'data-id': line.id },
    h('div', { class: 'bubble' }, line.text, buttons.length ? h('div', { class: 'buttons' }, buttons) : null),
    h('time', {}, when(line.at)));
}

/** Shows the customer's local chat with an input to type as them; the same address keeps its scroll. */
export async function showChat(el: HTMLElement, addr: string | null, name: string): Promise<void> {
  if (!addr) { address = null; return replace(el, h('p', { class: 'empty' }, t('noLocalChat'))); }
  if (addr === address && el.querySelector('.log')) return;
  address = addr;
  const log = h('div', { class: 'log' });
  const input = h('input', { id: 'chat-input', placeholder: t('typeHere'), autocomplete: 'off' });
  const form = h('form', { class: 'say', onsubmit: (e: Event) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text || !address) return;
    input.value = '';
    void postJson(`/local/chats/${encodeURIComponent(address)}`, { text });
  } }, input, h('button', { id: 'chat-send', type: 'submit' }, t('send')));
  replace(el, h('h3', {}, t('chatAs', { name })), log, form);
  for (const line of await getJson<ChatLine[]>(`/local/chats/${encodeURIComponent(addr)}`)) {
    // A live line may have arrived while the history loaded.
    if (!log.querySelector(`[data-id="${CSS.escape(line.id)}"]`)) log.append(lineEl(line));
  }
  log.scrollTop = log.scrollHeight;
}

/** A live line from the event stream, if it belongs to the open chat. */
export function addChatLine(addr: string, line: ChatLine): void {
  if (addr !== address) return;
  const log = document.querySelector<HTMLElement>('#chat .log');
  if (!log || log.querySelector(`[data-id="${CSS.escape(line.id)}"]`)) return;
  log.append(lineEl(line));
  log.scrollTop = log.scrollHeight;
}
