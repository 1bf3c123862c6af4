/**
 * Slack reads &, < and > as control characters in mrkdwn: `<!channel>` pings everyone and
 * `<https://evil|invoice>` forges a link. Escaping them is what keeps customer text inert.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A block quote of someone's own words, escaped. */
export function quoteMrkdwn(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `>${escapeMrkdwn(line)}`)
    .join('\n');
}

/** A link whose target we built ourselves; the label is escaped, the URL made safe for `<url|label>`. */
export function linkMrkdwn(url: string, label: string): string {
  return `<${encodeURI(decodeURI(url)).replace(/\|/g, '%7C').replace(/>/g, '%3E')}|${escapeMrkdwn(label)}>`;
}

/**
 * Splits escaped mrkdwn into pieces of at most `max` characters (a section block holds 3,000),
 * never inside an entity such as `&amp;` or a surrogate pair.
 */
export function splitMrkdwn(text: string, max = 3000): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = max;
    const amp = rest.lastIndexOf('&', cut - 1);
    if (amp >= 0 && amp > cut - 5 && rest.indexOf(';', amp) >= cut) cut = amp;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}
