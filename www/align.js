// Maps offsets in the text as pasted to offsets in the engine's repaired copy
// (mojibake fixed, markup read). The engine returns the repaired text but not
// its offset map, so the page rebuilds it: both texts agree except in short
// replaced stretches, so one walk that re-synchronises after each difference
// finds them in linear time.

/** Characters that must agree after a difference for the texts to be back in step. */
const SYNC = 4;
/** How many repaired characters one replaced stretch may produce (a decoded entity, a line break). */
const MAX_OUT = 4;
/** How far ahead a replaced stretch is first looked for. */
const WINDOW = 256;

/**
 * Returns an Int32Array `map` of `pasted.length + 1` entries: `map[i]` is the
 * repaired offset of pasted offset `i`. A pasted character inside a replaced
 * stretch maps to the start of its replacement, so a span starting there
 * keeps the replacement and a span ending there leaves it out.
 */
export function alignRepaired(pasted, repaired) {
  const map = new Int32Array(pasted.length + 1);
  let i = 0;
  let j = 0;
  while (i < pasted.length && j < repaired.length) {
    if (pasted.charCodeAt(i) === repaired.charCodeAt(j)) {
      map[i++] = j++;
      continue;
    }
    const [skipIn, skipOut] = resync(pasted, repaired, i, j);
    for (const stop = i + skipIn; i < stop; i++) map[i] = j;
    j += skipOut;
  }
  for (; i <= pasted.length; i++) map[i] = Math.min(j, repaired.length);
  return map;
}

/**
 * At a difference at (i, j): how many pasted characters were replaced by how
 * many repaired ones, chosen as the nearest point where SYNC characters agree
 * again. With no such point, the rest of both texts is one replacement.
 */
function resync(pasted, repaired, i, j) {
  // Most stretches are a few characters (mojibake, an entity, a tag): look near first, so that
  // thousands of repairs stay linear; only then search the rest (a long <script> removed).
  const near = pasted.slice(i, i + WINDOW + SYNC);
  const rest = pasted.length - i; // an empty probe (the repaired text has ended) matches at the end
  return nearest(repaired, j, (probe) => (probe ? near.indexOf(probe) : rest))
    ?? nearest(repaired, j, (probe) => { const at = pasted.indexOf(probe, i); return at < 0 ? -1 : at - i; })
    ?? [rest, repaired.length - j];
}

/** The cheapest `[skipIn, skipOut]` for which `find(probe)` (an offset from i, or -1) succeeds, or null. */
function nearest(repaired, j, find) {
  let best = null;
  for (let out = 0; out <= MAX_OUT && j + out <= repaired.length; out++) {
    const skip = find(repaired.slice(j + out, j + out + SYNC));
    if (skip < 0) continue;
    if (!best || skip + out < best[0] + best[1]) best = [skip, out];
  }
  return best;
}
