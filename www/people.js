// The speaker panel: one button per person (name, kind, positions, number of
// quotes, or the group they speak in), speakers first and the people only named with a position apart.
// Buttons carry `data-person` (the index into the result's people); app.js
// handles selection and the keyboard.

/**
 * Fills `ui.people` with the speakers (people with quotes) and `ui.others`
 * with the people only named with a position. `positions`: each person's
 * positions as the repaired text reads them, or null to use the engine's.
 */
export function showPeople(ui, people, positions, hasText) {
  const button = (p, j) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'person';
    b.dataset.person = String(j);
    b.setAttribute('aria-pressed', 'false');
    b.tabIndex = -1;
    const name = document.createElement('span');
    name.className = 'person-name';
    name.textContent = p.name;
    b.append(name);
    if (p.kind !== 'person') {
      const kind = document.createElement('span');
      kind.className = 'person-kind';
      kind.textContent = p.kind;
      b.append(' ', kind);
    }
    // Positions as the repaired text reads them, when the text was repaired.
    const shown = positions ? positions[j] : p.positions;
    if (shown.length) {
      const pos = document.createElement('span');
      pos.className = 'person-positions';
      pos.textContent = shown.join('; ');
      b.append(pos);
    }
    const count = document.createElement('span');
    count.className = 'person-count';
    const group = p.quotes ? null : people.find((g) => g.quotes > 0 && g.members?.includes(j));
    count.textContent = group ? `speaks with ${group.name}` : plural(p.quotes, 'quote');
    b.append(count);
    const li = document.createElement('li');
    li.append(b);
    return li;
  };
  const speaking = [];
  const named = [];
  // Members of a speaking group speak through it.
  const speaks = (j) => people[j].quotes > 0 || people.some((g) => g.quotes > 0 && g.members?.includes(j));
  people.forEach((p, j) => (speaks(j) ? speaking : named).push(button(p, j)));
  ui.people.replaceChildren(...speaking);
  ui.others.replaceChildren(...named);
  ui.others.hidden = ui.othersHeading.hidden = !named.length;
  const first = (speaking[0] ?? named[0])?.firstChild;
  if (first) first.tabIndex = 0;
  if (!speaking.length && hasText) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = 'No speakers found.';
    ui.people.append(li);
  }
}

const plural = (n, word) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
