// annotate()'s result, built from the numbers `src/packed.rs` writes (its
// doc gives their order): the same objects JSON.parse makes of
// annotateJson's text, each span's `text` sliced from the caller's string.
// wasm-bindgen copies this file beside its glue (www/pkg/snippets/…).

const QUOTE_KINDS = ['direct', 'partial', 'unmarked', 'indirect'];
const PERSON_KINDS = ['person', 'org', 'group', 'unnamed'];

/**
 * `text`: the string annotated; `numbers` (a Uint32Array) and `confidences`
 * (a Float64Array) may be views of the wasm's memory, read here and not kept;
 * `names`: the people's names, one after another; `repaired`: the repaired
 * text or undefined; `notices`: the notices as JSON.
 */
export function buildResult(text, numbers, confidences, names, version, repaired, notices) {
  let i = 0;
  const span = (start, end) => ({ start, end, text: text.slice(start, end) });
  // A span that may be null: its start is stored plus one, 0 for null.
  const maybeSpan = (start1, end) => (start1 === 0 ? null : span(start1 - 1, end));

  const quotes = new Array(numbers[i++]);
  for (let k = 0; k < quotes.length; k++, i += 9) {
    const start = numbers[i];
    const end = numbers[i + 1];
    const speaker = numbers[i + 3];
    quotes[k] = {
      start,
      end,
      text: text.slice(start, end),
      kind: QUOTE_KINDS[numbers[i + 2]],
      speaker: speaker === 0 ? null : speaker - 1,
      source: maybeSpan(numbers[i + 4], numbers[i + 5]),
      cue: maybeSpan(numbers[i + 6], numbers[i + 7]),
      nested: numbers[i + 8] === 1,
      confidence: Number.isNaN(confidences[k]) ? null : confidences[k],
    };
  }

  const spans = () => {
    const out = new Array(numbers[i++]);
    for (let m = 0; m < out.length; m++, i += 2) out[m] = span(numbers[i], numbers[i + 1]);
    return out;
  };
  const people = new Array(numbers[i++]);
  let nameAt = 0;
  for (let k = 0; k < people.length; k++) {
    const kind = PERSON_KINDS[numbers[i]];
    const quoted = numbers[i + 1];
    const name = names.slice(nameAt, (nameAt += numbers[i + 2]));
    i += 3;
    const person = { name, kind, mentions: spans(), positions: spans(), quotes: quoted };
    const members = numbers[i++];
    // As in the JSON: `members` only when there are some.
    if (members > 0) person.members = Array.from(numbers.subarray(i, (i += members)));
    people[k] = person;
  }

  return {
    version,
    offsets: 'utf16',
    quotes,
    people,
    repaired: repaired ?? null,
    notices: notices === '[]' ? [] : JSON.parse(notices),
  };
}
