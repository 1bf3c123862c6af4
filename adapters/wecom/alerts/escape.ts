/**
 * WeCom group-robot markdown reads <font>/<@userid> tags, [text](url) links, **bold**, `code`, and
 * # / > at the start of a line. Customer-supplied text gets look-alike full-width characters instead,
 * so a reply can neither mention (@) anyone, forge a link, nor break out of its quoted line.
 */
const LOOKALIKE: Record<string, string> = {
  '<': '＜',
  '>': '＞',
  '[': '［',
  ']': '］',
  '(': '（',
  ')': '）',
  '`': '｀',
  '*': '＊',
  '#': '＃',
};

export function escapeMarkdown(text: string, maxChars = 300): string {
  const oneLine = text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/[<>[\]()`*#]/g, (c) => LOOKALIKE[c] ?? c)
    .replace(/\s{2,}/g, ' ')
    .trim();
  const chars = [...oneLine];
  return chars.length > maxChars ? `${chars.slice(0, maxChars).join('')}…` : oneLine;
}

/** Only http(s) links, with the characters that would end a markdown link percent-encoded. */
export function safeLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return u.href.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  } catch {
    return undefined;
  }
}
