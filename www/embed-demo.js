// Demo-page wiring only (the embed itself needs none): reports the selected
// speaker, and lets the reviewer edit the draft in place to watch the
// highlights follow the text.
const selection = document.getElementById('selection');
document.addEventListener('quotelight:select', (event) => {
  const { speaker, quotes } = event.detail;
  selection.textContent = speaker
    ? `${speaker.name}: ${quotes.length} quote${quotes.length === 1 ? '' : 's'} marked.`
    : quotes.length ? `${quotes.length} unattributed quote${quotes.length === 1 ? '' : 's'} marked.` : '';
});

const edit = document.getElementById('edit-toggle');
const story = document.getElementById('story');
edit.addEventListener('click', () => {
  const on = edit.getAttribute('aria-pressed') !== 'true';
  edit.setAttribute('aria-pressed', String(on));
  edit.textContent = on ? 'Stop editing' : 'Edit text in place';
  // Toggling contenteditable changes an attribute the embed does not watch, so no re-annotation.
  if (on) story.setAttribute('contenteditable', 'true'); else story.removeAttribute('contenteditable');
  if (on) story.focus();
});
