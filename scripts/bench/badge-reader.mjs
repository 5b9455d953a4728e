// Reading Trede's badge on a host page the way assistive technology does: through the browser's accessibility
// tree over the DevTools protocol. The badge keeps its result inside a closed shadow root and shows the page
// nothing else (extension/src/overlay/badge.ts), so this is the one way a test or the bench can see it.
// Shared by the end-to-end tests (test/e2e) and the overlay bench (scripts/bench/overlay.mjs).

/** The accessible name of the badge's button while it still waits for the background ('Trede' alone). */
export const PENDING_NAME = 'Trede';

/**
 * The accessible name of each badge on the page, in document order ([] when there is none).
 * `cdp` is a CDP session for the page (context.newCDPSession(page)).
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} tag the badge's element name
 * @returns {Promise<string[]>}
 */
export async function badgeNames(cdp, tag) {
  const group = 'trede-badge-reader';
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `Array.from(document.querySelectorAll(${JSON.stringify(tag)}))`,
      objectGroup: group,
    });
    const { result: items } = await cdp.send('Runtime.getProperties', { objectId: result.objectId, ownProperties: true, objectGroup: group });
    const hosts = items.filter((p) => /^\d+$/.test(p.name) && p.value?.objectId).sort((a, b) => Number(a.name) - Number(b.name));
    const names = [];
    for (const host of hosts) {
      const { nodes } = await cdp.send('Accessibility.queryAXTree', { objectId: host.value.objectId, role: 'button' });
      names.push(nodes.find((n) => !n.ignored)?.name?.value ?? '');
    }
    return names;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => {});
  }
}

/** The first badge's accessible name, or null when the page has no badge. */
export async function badgeName(cdp, tag) {
  return (await badgeNames(cdp, tag))[0] ?? null;
}

/**
 * Runs in the page (page.evaluate / waitForFunction): the text of the page element the first badge sits
 * next to, or null (no badge, hidden, or not next to anything). The badge is not in the page's flow but a
 * fixed layer of its own (extension/src/overlay/badge.ts), placed just right of the reference's text, or
 * just below it in a narrow window: this looks for the page's innermost element at a point just left of the
 * badge's box, at the height of its first line, then along its top edge, and checks that the box of that
 * element's text ends within a few pixels of the badge.
 * @param {string} tag the badge's element name
 * @returns {{ text: string, side: 'right' | 'below' } | null}
 */
export function badgeNeighbour(tag) {
  const host = document.querySelector(tag);
  if (!host) return null;
  const b = host.getBoundingClientRect();
  if (!b.width || !b.height) return null;
  const textBox = (el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return r.width || r.height ? r : el.getBoundingClientRect();
  };
  const pick = (x, y) => document.elementsFromPoint(x, y).find((e) => e !== host && e.nodeName.toLowerCase() !== tag && e !== document.documentElement && e !== document.body);
  // Right of it: the element just left of the badge's first line, whose text ends at the badge.
  const left = pick(b.left - 6, b.top + 14);
  if (left) {
    const r = textBox(left);
    if (Math.abs(b.left - r.right) <= 8 && b.top + 3 < r.bottom && b.top + 25 > r.top) return { text: (left.textContent ?? '').trim(), side: 'right' };
  }
  // Below it: an element just above the badge whose text ends at the badge's top and starts at or after its
  // left edge (the badge starts at the text, or further left where the window's edge leaves no room).
  for (let x = b.left + 8; x < b.right - 8; x += 16) {
    const above = pick(x, b.top - 2);
    if (!above) continue;
    const r = textBox(above);
    if (Math.abs(b.top - r.bottom) <= 8 && r.left >= b.left - 1 && r.left < b.right) return { text: (above.textContent ?? '').trim(), side: 'below' };
  }
  return null;
}
