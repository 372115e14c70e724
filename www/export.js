// Exports of a result: the JSON exactly as `annotate` returned it, and a
// plain-text list of quotes for pasting into notes.

/** Offers `result` (or its JSON as UTF-8 bytes, as the worker sends it) as a JSON file download. */
export function downloadJson(result, filename = 'quotelight.json') {
  const json = result instanceof Uint8Array ? result : JSON.stringify(result, null, 2);
  const blob = new Blob([json, '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Strips the quotation marks a quote's text may carry at either end. */
const bare = (text) => text.replace(/^[\s“”‘’"'«»„‚‹›]+|[\s“”‘’"'«»„‚‹›,]+$/gu, '');

/**
 * One line per quote, in text order: `Speaker (position): “quote”`. Indirect
 * quotes are paraphrase, so they are not put in quotation marks.
 */
export function quoteList(result) {
  return [...result.quotes]
    .sort((a, b) => a.start - b.start)
    .map((q) => {
      const person = q.speaker === null ? null : result.people[q.speaker];
      const position = person?.positions[0]?.text;
      const who = person ? `${person.name}${position ? ` (${position})` : ''}` : 'Unattributed';
      const words = bare(q.text).replace(/\s+/g, ' ');
      return q.kind === 'indirect' ? `${who}, indirectly: ${words}` : `${who}: “${words}”`;
    })
    .join('\n');
}

/** Copies text to the clipboard, falling back to a selected textarea. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
