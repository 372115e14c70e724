// annotate()'s objects, as JSON.parse makes them of annotateJson's text,
// from the numbers of src/packed.rs (its doc gives their order); span texts
// are sliced from `text`. `numbers` and `confidences` may view wasm memory:
// read here, never kept.
const QK = ['direct', 'partial', 'unmarked', 'indirect'];
const PK = ['person', 'org', 'group', 'unnamed'];

export function buildResult(text, numbers, confidences, names, version, repaired, notices) {
  let i = 0;
  const span = (start, end) => ({ start, end, text: text.slice(start, end) });
  // A start of 0 is null; others are one more than the offset.
  const maybe = (start1, end) => (start1 === 0 ? null : span(start1 - 1, end));
  const quotes = new Array(numbers[i++]);
  for (let k = 0; k < quotes.length; k++, i += 9) {
    const start = numbers[i];
    const end = numbers[i + 1];
    const speaker = numbers[i + 3];
    quotes[k] = {
      start,
      end,
      text: text.slice(start, end),
      kind: QK[numbers[i + 2]],
      speaker: speaker === 0 ? null : speaker - 1,
      source: maybe(numbers[i + 4], numbers[i + 5]),
      cue: maybe(numbers[i + 6], numbers[i + 7]),
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
  let at = 0;
  for (let k = 0; k < people.length; k++) {
    const name = names.slice(at, (at += numbers[i + 2]));
    const kind = PK[numbers[i]];
    const quoted = numbers[i + 1];
    i += 3;
    const person = { name, kind, mentions: spans(), positions: spans(), quotes: quoted };
    const members = numbers[i++];
    if (members > 0) person.members = Array.from(numbers.subarray(i, (i += members)));
    people[k] = person;
  }
  const list = notices === '[]' ? [] : JSON.parse(notices);
  return { version, offsets: 'utf16', quotes, people, repaired: repaired ?? null, notices: list };
}
