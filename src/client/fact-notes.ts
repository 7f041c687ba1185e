/**
 * Opens a story's numbered notes in place. Without scripts, a figure's note mark (`a.note-ref`)
 * jumps to its note in "Where the numbers come from" and the note links back. With them, the mark
 * opens a popover beside it holding the same note: by pointer, touch, Enter or Space; Escape, the
 * close button or a click elsewhere closes it and focus returns to the mark. The popover sits in
 * the top layer, so nothing on the page moves; it takes focus, so screen readers read it out.
 */

const POPOVER_ID = 'fact-note-popover';

function popover(): HTMLElement {
  const existing = document.getElementById(POPOVER_ID);
  if (existing) return existing;
  const box = document.createElement('div');
  box.id = POPOVER_ID;
  box.className = 'note-popover';
  box.setAttribute('popover', 'auto');
  box.setAttribute('role', 'dialog');
  box.tabIndex = -1;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'note-close';
  close.textContent = '×';
  close.setAttribute('aria-label', document.querySelector('.fact-notes')?.getAttribute('data-close') ?? 'Close');
  close.addEventListener('click', () => box.hidePopover());
  const body = document.createElement('div');
  body.className = 'note-body';
  box.append(close, body);
  document.body.append(box);
  return box;
}

/** Places the popover under its mark, or above it when the screen has no room below, inside the viewport. */
function place(box: HTMLElement, mark: HTMLElement) {
  const at = mark.getBoundingClientRect();
  const margin = 8;
  const width = Math.min(box.offsetWidth, window.innerWidth - 2 * margin);
  const left = Math.max(margin, Math.min(at.left - width / 2, window.innerWidth - width - margin));
  const below = at.bottom + margin;
  const top = below + box.offsetHeight > window.innerHeight && at.top - margin - box.offsetHeight >= 0 ? at.top - margin - box.offsetHeight : below;
  box.style.left = `${left}px`;
  box.style.top = `${Math.max(margin, top)}px`;
}

let openedBy: HTMLAnchorElement | undefined;

function open(mark: HTMLAnchorElement) {
  const note = document.getElementById(mark.hash.slice(1));
  if (!note) return false;
  const box = popover();
  const body = box.querySelector('.note-body')!;
  body.replaceChildren(...[...note.children].filter((el) => !el.classList.contains('note-back')).map((el) => el.cloneNode(true)));
  box.setAttribute('aria-label', mark.getAttribute('aria-label') ?? '');
  if (box.matches(':popover-open')) box.hidePopover();
  openedBy = mark;
  mark.setAttribute('aria-expanded', 'true');
  box.showPopover();
  place(box, mark);
  box.focus();
  return true;
}

function upgrade() {
  if (!('showPopover' in HTMLElement.prototype)) return;
  for (const mark of document.querySelectorAll<HTMLAnchorElement>('a.note-ref')) {
    mark.setAttribute('aria-haspopup', 'dialog');
    mark.setAttribute('aria-expanded', 'false');
    mark.setAttribute('aria-controls', POPOVER_ID);
  }
  document.addEventListener('click', (event) => {
    const mark = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.note-ref');
    if (mark && open(mark)) event.preventDefault();
  });
  popover().addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed' || !openedBy) return;
    const mark = openedBy;
    openedBy = undefined;
    mark.setAttribute('aria-expanded', 'false');
    // Back to the mark, unless the reader clicked somewhere else on purpose.
    if (!document.activeElement || document.activeElement === document.body || popover().contains(document.activeElement)) mark.focus({ preventScroll: true });
  });
  // Space opens a note as it would press a button.
  document.addEventListener('keydown', (event) => {
    const mark = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.note-ref');
    if (mark && event.key === ' ' && open(mark)) event.preventDefault();
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', upgrade, { once: true });
else upgrade();
