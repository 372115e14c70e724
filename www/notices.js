// Notices about how the text was read (repaired, read as HTML, site furniture
// skipped), as collapsed groups from view.js: one line per kind, and for a
// kind seen many times a `show` button that lists the snippets on demand.

/** Shows notice groups in `list`, one line per kind: "2,259 paragraphs skipped as site furniture — show". */
export function showNotices(list, groups) {
  list.replaceChildren(...groups.map((g, index) => {
    const li = document.createElement('li');
    li.className = `notice notice-${g.kind}`;
    if (g.count === 1) {
      li.textContent = g.message;
      if (g.spans[0]) li.append(' ', snippet(g.spans[0]));
      return li;
    }
    li.textContent = g.kind === 'chrome'
      ? `${g.count.toLocaleString('en')} paragraphs skipped as site furniture`
      : `${g.message} (${g.count.toLocaleString('en')} times)`;
    if (g.spans.length) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = 'show';
      button.dataset.group = String(index);
      button.setAttribute('aria-expanded', 'false');
      li.append(' — ', button);
    }
    return li;
  }));
}

/** Lists (or hides again) the snippets of the collapsed notice group whose `show` button is `button`. */
export function toggleNotice(button, groups) {
  const li = button.closest('li');
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  button.textContent = open ? 'hide' : 'show';
  li.querySelector('ul')?.remove();
  if (!open) return;
  const group = groups[Number(button.dataset.group)];
  const list = document.createElement('ul');
  list.append(...group.spans.map((s) => {
    const item = document.createElement('li');
    item.append(snippet(s));
    return item;
  }));
  if (group.count > group.spans.length) {
    const more = document.createElement('li');
    more.textContent = `and ${(group.count - group.spans.length).toLocaleString('en')} more`;
    list.append(more);
  }
  li.append(list);
}

function snippet(span) {
  const q = document.createElement('q');
  q.textContent = span.text;
  return q;
}
