// The one palette of quotelight: the paste page, the embed's highlights and
// its panel's legend all use these custom properties. Each kind has a
// background and a line colour; text on every background keeps a contrast of
// at least 4.5:1 against --quotelight-fg (tested in light and dark mode).
// `:where(:root)` has no specificity, so a host page's own `:root { … }`
// always wins, whatever order the sheets load in.
import { adopt } from './sheet.js';

export const PALETTE_CSS = `
:where(:root) {
  --quotelight-fg: #1c1b19;
  --quotelight-quote: #ffe27a;     --quotelight-quote-line: #7a5a00;
  --quotelight-indirect: #fff3c4;  --quotelight-indirect-line: #8a6a00;
  --quotelight-speaker: #cde2ff;   --quotelight-speaker-line: #1f5fbf;
  --quotelight-position: #cdeed6;  --quotelight-position-line: #1d6e37;
  --quotelight-cue: #f1d8f6;       --quotelight-cue-line: #7b2a8c;
  --quotelight-selected: #ffd9cf;  --quotelight-selected-line: #b3261e;
}
@media screen and (prefers-color-scheme: dark) {
  :where(:root) {
    --quotelight-fg: #f3f4f6;
    --quotelight-quote: #5e4800;     --quotelight-quote-line: #ffd54f;
    --quotelight-indirect: #3d3413;  --quotelight-indirect-line: #e0c060;
    --quotelight-speaker: #1b3d6e;   --quotelight-speaker-line: #8ab4f8;
    --quotelight-position: #184a2a;  --quotelight-position-line: #7ddc9a;
    --quotelight-cue: #4f2459;       --quotelight-cue-line: #e3a6f0;
    --quotelight-selected: #6b1d17;  --quotelight-selected-line: #ff8a80;
  }
}
`;

// Once per document, even when this module is loaded twice (two bundles).
const INSTALLED = Symbol.for('quotelight.palette');

/** The palette's CSS for `doc` the first time it is asked for, then '' (so sheets can bundle it). */
export function claimPalette(doc) {
  if (doc[INSTALLED]) return '';
  doc[INSTALLED] = true;
  return PALETTE_CSS;
}

/** Defines the palette's custom properties in `doc`, once. */
export function installPalette(doc) {
  const css = claimPalette(doc);
  if (css) adopt(doc, css);
}
