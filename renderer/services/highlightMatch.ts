/** How long a screen opened from a search may take to show the text it was opened for. */
const WAIT_MS = 4000;

/**
 * Brings `text` into view on the screen just opened and marks it: in a text
 * field, the words are selected there (the field focused, so typing goes on
 * from them); elsewhere they are highlighted (the CSS Custom Highlight API,
 * `::highlight(search-match)`). Waits for the screen to show it, since
 * screens load their records after they open; gives up quietly.
 */
export function highlightMatch(text: string): void {
  if (!text) return;
  const started = performance.now();
  const attempt = () => {
    if (markInField(text) || markInText(text) || performance.now() - started > WAIT_MS) return;
    requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

function markInField(text: string): boolean {
  const fields = document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>(
    'main textarea, main input[type=text]',
  );
  for (const field of fields) {
    const at = field.value.indexOf(text);
    if (at === -1) continue;
    field.focus({ preventScroll: true });
    field.setSelectionRange(at, at + text.length);
    field.scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
}

function markInText(text: string): boolean {
  const main = document.querySelector('main');
  if (!main) return false;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(text) ?? -1;
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const Highlight = (globalThis as { Highlight?: new (range: Range) => unknown }).Highlight;
    if (highlights && Highlight) highlights.set('search-match', new Highlight(range));
    node.parentElement?.scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
}
