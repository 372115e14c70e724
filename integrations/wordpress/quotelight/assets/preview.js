// Quotelight on post previews (?preview=true, only for people who can edit):
// annotates the post's text — the first element matching the selector from
// Settings → Quotelight — and shows the speaker panel beside it.
import './quotelight/quotelight.js'; // Defines <quote-light>.

const DEFAULT_SELECTOR = '.wp-block-post-content, .entry-content, article';

function panel(...children) {
  const aside = document.createElement('aside');
  aside.className = 'quotelight-preview-panel';
  aside.setAttribute('aria-label', 'Quotelight');
  aside.append(...children);
  document.body.append(aside);
  return aside;
}

function note(text) {
  const p = document.createElement('p');
  p.className = 'quotelight-preview-note';
  p.setAttribute('role', 'status');
  p.textContent = text;
  panel(p);
}

/** The element to annotate, or a message saying why there is none. */
function findTarget(selector) {
  try {
    return { target: document.querySelector(selector) };
  } catch {
    return { problem: `Quotelight: “${selector}” is not a valid CSS selector (Settings → Quotelight).` };
  }
}

const selector = window.quotelightSettings?.selector || DEFAULT_SELECTOR;
const { target, problem } = findTarget(selector);
if (problem) {
  note(problem);
} else if (!target) {
  note(`Quotelight: nothing on this page matches “${selector}”. Set the article selector under Settings → Quotelight.`);
} else {
  // <quote-light> finds its article by id; give the target one only if it has none.
  if (!target.id) target.id = 'quotelight-article';
  const element = document.createElement('quote-light');
  element.setAttribute('for', target.id);
  panel(element);
}
