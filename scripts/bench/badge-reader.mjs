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
