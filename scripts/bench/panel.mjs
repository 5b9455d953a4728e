// Driving the side panel page for the extension bench (bench/extension.mjs): one intake through the UI,
// reading records back raw, seeding the database in-page, and the in-page probes that time the panel.
// Selectors are the stable data-testids only.

export const PANEL_VIEWPORT = { width: 420, height: 900 };

/** Opens sidepanel.html in a fresh tab and waits until the client screen takes input. */
export async function openPanel(context, panelUrl, errors = []) {
  const page = await context.newPage();
  await page.setViewportSize(PANEL_VIEWPORT);
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(panelUrl);
  await page.getByTestId('client-ref').waitFor();
  return page;
}

/** Types a reference by keyboard and opens the client. */
export async function openClientByKeyboard(page, reference) {
  await page.getByTestId('client-ref').focus();
  await page.keyboard.type(reference);
  await page.keyboard.press('Enter');
  await page.getByTestId('client-heading').waitFor();
  await page.getByTestId('start-intake').waitFor();
}

/** From the client screen: start (or resume) the intake and wait until its first step is shown. */
export async function startIntake(page) {
  await page.getByTestId('start-intake').focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="screen-intake"][data-step]').waitFor();
}

const unansweredSelector = 'fieldset[data-testid^="question-"][data-answered="false"]';

/**
 * Answers every question of the current step by keyboard: focus the question's first input, then an arrow
 * key in a radio group (selects the 2nd option), Space on a checklist's first box, the minimum (or 1) typed
 * into a number field followed by Tab. Re-reads the unanswered questions until none are left (questions
 * may appear after an answer). Returns how many answers were given.
 */
export async function answerStepByKeyboard(page) {
  let given = 0;
  for (let round = 0; round < 5; round++) {
    const testids = await page.$$eval(unansweredSelector, (sets) => sets.map((s) => s.getAttribute('data-testid')));
    if (!testids.length) break;
    for (const testid of testids) {
      const input = page.locator(`fieldset[data-testid="${testid}"] input`).first();
      if (!(await input.count())) continue;
      const type = await input.getAttribute('type');
      await input.focus();
      if (type === 'radio') await page.keyboard.press('ArrowDown');
      else if (type === 'checkbox') await page.keyboard.press('Space');
      else if (type === 'number') {
        const min = await input.getAttribute('min');
        await page.keyboard.type(min && Number(min) > 0 ? min : '1');
        await page.keyboard.press('Tab');
      } else continue;
      given++;
    }
  }
  return given;
}

/** Waits until the draft status says saved. */
export async function waitSaved(page) {
  await page.locator('[data-testid="draft-status"][data-state="saved"]').waitFor();
}

/**
 * Answers every step by keyboard and finishes; waits for the results screen with its ladder.
 * Returns the number of answers given.
 */
export async function completeIntakeByKeyboard(page) {
  let total = 0;
  for (let steps = 0; steps < 40; steps++) {
    const step = await page.getByTestId('screen-intake').getAttribute('data-step');
    total += await answerStepByKeyboard(page);
    await waitSaved(page);
    const finish = page.getByTestId('intake-finish');
    if (await finish.count()) {
      await finish.focus();
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="screen-results"] [data-testid="ladder"]').waitFor();
      return total;
    }
    await page.getByTestId('intake-next').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((prev) => document.querySelector('[data-testid="screen-intake"]')?.getAttribute('data-step') !== prev, step);
  }
  throw new Error('the intake never reached its finish button');
}

// ---------------------------------------------------------------------------------------------------------
// In-page functions (run with page.evaluate; they must not close over anything).

/** All records of some stores of the 'trede' database, raw (as stored, no validation). */
export async function readStoresInPage(storeNames) {
  const db = await new Promise((ok, fail) => {
    const req = indexedDB.open('trede');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  try {
    const out = {};
    const tx = db.transaction(storeNames, 'readonly');
    await Promise.all(
      storeNames.map(
        (name) =>
          new Promise((ok, fail) => {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => {
              // CryptoKeys do not survive the trip to Node; describe them instead.
              out[name] = req.result.map((r) => (r && r.key instanceof CryptoKey ? { ...r, key: `CryptoKey(${r.key.algorithm.name})` } : r));
              ok();
            };
            req.onerror = () => fail(req.error);
          }),
      ),
    );
    return out;
  } finally {
    db.close();
  }
}

/**
 * Seeds the 'trede' database in the panel page. Runs inside the page.
 *
 * `template` is one intake record exactly as the panel stored it. Each clone is structuredClone(template)
 * with every occurrence of the template's id, clientKey, completedAt and response date replaced (at the
 * paths where the template holds them, found once up front), so the clones have the same shape and pass
 * the same zod schemas. Client keys of the seeded clients are HMAC-SHA-256 of references `${refPrefix}N`,
 * made with the install's own secret key (the non-extractable CryptoKey in the secrets store can sign, it
 * only cannot be exported) in the same way as src/client-key.ts, so a seeded client can also be opened by
 * typing its reference. `context` is the HMAC domain prefix; when the key it gives for `checkReference`
 * differs from `template.clientKey`, random keys are used instead and `openable` is false.
 *
 * Writes, in transactions of `batch` clients: the clients, `perClient` intakes each (completed at
 * earlier dates, the last one the latest), and the audit entries the app writes for them (client-created,
 * intake-completed). The target client (template.clientKey) gets `perClient - 1` extra intakes dated
 * before the template's.
 */
export async function seedInPage({ template, clients, perClient, batch, refPrefix, checkReference, context }) {
  const started = performance.now();
  const db = await new Promise((ok, fail) => {
    const req = indexedDB.open('trede');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  const request = (req) =>
    new Promise((ok, fail) => {
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
  const done = (tx) =>
    new Promise((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
      tx.onabort = () => fail(tx.error ?? new Error('transaction aborted'));
    });

  // Where the template holds the values that differ per clone.
  const dateOnly = template.response.date ?? template.completedAt.slice(0, 10);
  const wanted = new Map([
    [template.id, 'id'],
    [template.clientKey, 'clientKey'],
    [template.completedAt, 'completedAt'],
    [dateOnly, 'date'],
  ]);
  const paths = [];
  const walk = (value, path) => {
    if (typeof value === 'string') {
      const kind = wanted.get(value);
      if (kind) paths.push({ path, kind });
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(template, []);
  const set = (obj, path, v) => {
    let o = obj;
    for (let i = 0; i < path.length - 1; i++) o = o[path[i]];
    o[path[path.length - 1]] = v;
  };
  const clone = (values) => {
    const c = structuredClone(template);
    for (const { path, kind } of paths) set(c, path, values[kind]);
    return c;
  };

  // Client keys: HMAC with the install's secret, as src/client-key.ts makes them.
  const secrets = db.transaction('secrets').objectStore('secrets');
  const secret = (await request(secrets.get('client-key')))?.key;
  const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
  const normalise = (ref) => {
    const compact = ref.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
    return /^[0-9.\-/]+$/.test(compact) ? compact.replace(/[.\-/]/g, '') : compact;
  };
  const hmac = async (ref) => hex(await crypto.subtle.sign('HMAC', secret, new TextEncoder().encode(context + normalise(ref))));
  const openable = !!secret && (await hmac(checkReference)) === template.clientKey;
  const randomKey = () => hex(crypto.getRandomValues(new Uint8Array(32)));

  const DAY = 86_400_000;
  const base = Date.parse(template.completedAt);
  const ymd = (ms) => new Date(ms).toISOString().slice(0, 10);
  const intakeDates = (latestMs) => {
    // perClient intakes, oldest first, about four months apart, ending at latestMs.
    const out = [];
    for (let k = perClient - 1; k >= 0; k--) out.push(latestMs - k * 120 * DAY - Math.floor(Math.random() * 20) * DAY);
    return out;
  };
  const engineVersion = template.engineVersion;
  const referenceGroup = template.result?.referenceGroup ?? template.response.referenceGroup ?? null;
  const approach = template.result?.risks?.approach ?? null;

  const writeClient = (tx, key, createdAtMs, dates, isNew = true) => {
    const intakes = tx.objectStore('intakes');
    const audit = tx.objectStore('audit');
    const createdAt = new Date(createdAtMs).toISOString();
    if (isNew) audit.add({ at: createdAt, action: 'client-created', clientKey: key, detail: {} });
    let last = null;
    for (const ms of dates) {
      const id = crypto.randomUUID();
      const completedAt = new Date(ms).toISOString();
      intakes.add(clone({ id, clientKey: key, completedAt, date: ymd(ms) }));
      audit.add({ at: completedAt, action: 'intake-completed', clientKey: key, detail: { intakeId: id, engineVersion, referenceGroup, approach } });
      last = completedAt;
    }
    return last;
  };

  let written = { clients: 0, intakes: 0 };
  // The target client: its own intake stays the latest; perClient - 1 clones before it.
  {
    const tx = db.transaction(['intakes', 'audit'], 'readwrite');
    const dates = intakeDates(base).slice(0, -1).map((ms) => ms - 30 * DAY);
    // The target exists already (created through the UI, with its client-created audit entry).
    writeClient(tx, template.clientKey, base, dates, false);
    await done(tx);
    written.intakes += dates.length;
  }
  const keyRefs = [];
  for (let start = 0; start < clients; start += batch) {
    const n = Math.min(batch, clients - start);
    const keys = await Promise.all(Array.from({ length: n }, (_, j) => (openable ? hmac(`${refPrefix}${start + j}`) : Promise.resolve(randomKey()))));
    const tx = db.transaction(['clients', 'intakes', 'audit'], 'readwrite');
    const store = tx.objectStore('clients');
    keys.forEach((key, j) => {
      const latest = base - (1 + ((start + j) % 700)) * DAY;
      const dates = intakeDates(latest);
      const createdAtMs = dates[0] - 3 * DAY;
      const last = writeClient(tx, key, createdAtMs, dates);
      store.add({ key, createdAt: new Date(createdAtMs).toISOString(), lastIntakeAt: last });
      if ((start + j) % Math.max(1, Math.floor(clients / 50)) === 0) keyRefs.push(`${refPrefix}${start + j}`);
    });
    await done(tx);
    written.clients += n;
    written.intakes += n * perClient;
  }
  db.close();
  return { ...written, openable, sampleReferences: openable ? keyRefs : [], replacedPaths: paths.map((p) => `${p.path.join('.')}=${p.kind}`), ms: performance.now() - started };
}

/** Counts of every store (in-page). */
export async function countStoresInPage() {
  const db = await new Promise((ok, fail) => {
    const req = indexedDB.open('trede');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names);
  const counts = {};
  await Promise.all(
    names.map(
      (name) =>
        new Promise((ok, fail) => {
          const req = tx.objectStore(name).count();
          req.onsuccess = () => ok((counts[name] = req.result));
          req.onerror = () => fail(req.error);
        }),
    ),
  );
  db.close();
  const estimate = navigator.storage?.estimate ? await navigator.storage.estimate() : null;
  return { counts, usage: estimate?.usage ?? null, usageDetails: estimate?.usageDetails ?? null };
}

/**
 * Installed before any script of a panel page runs (context.addInitScript). Records, in ms since the
 * document's navigation start (performance.now(); the page is reached by page.goto from about:blank, so
 * time 0 is the start of that navigation):
 *   ready    [data-testid=client-ref] is in the DOM (store open, client screen rendered)
 *   submit   the Enter keydown on the reference field (event.timeStamp)
 *   heading  [data-testid=client-heading] in the DOM
 *   latest   [data-testid=latest-intake] in the DOM
 *   click    the click on [data-testid=open-results] (event.timeStamp)
 *   results  [data-testid=ladder] inside [data-testid=screen-results] in the DOM
 *   frame    the first frame after that (requestAnimationFrame, then a task): the results painted
 * A MutationObserver on the whole document notices the elements: its callback runs as a microtask right
 * after the DOM change that inserted them, before the browser paints.
 */
export function panelProbe() {
  if (!location.pathname.endsWith('/sidepanel.html')) return;
  const marks = {};
  Object.defineProperty(window, '__tredeBench', { value: marks });
  const watch = [
    ['ready', '[data-testid="client-ref"]'],
    ['heading', '[data-testid="client-heading"]'],
    ['latest', '[data-testid="latest-intake"]'],
    ['results', '[data-testid="screen-results"] [data-testid="ladder"]'],
  ];
  const observer = new MutationObserver(() => {
    const now = performance.now();
    for (const [name, selector] of watch) {
      if (marks[name] === undefined && document.querySelector(selector)) {
        marks[name] = now;
        if (name === 'results') {
          requestAnimationFrame(() => setTimeout(() => (marks.frame = performance.now()), 0));
          observer.disconnect();
        }
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Enter' && e.target?.getAttribute?.('data-testid') === 'client-ref' && marks.submit === undefined) marks.submit = e.timeStamp;
    },
    true,
  );
  addEventListener(
    'click',
    (e) => {
      if (e.target?.closest?.('[data-testid="open-results"]') && marks.click === undefined) marks.click = e.timeStamp;
    },
    true,
  );
}

/**
 * Times `count` answer saves on the intake screen (in-page). Each answer clicks a radio button that is not
 * checked yet (cycling through the step's radio questions) and waits until [data-testid=draft-status] has
 * gone through data-state "saving" and is "saved" again; a MutationObserver on that attribute takes the
 * time. Returns per answer: ms from the click to "saving" rendered, and to "saved" rendered.
 */
export async function timeAnswersInPage({ count, warmup, pauseMs }) {
  const status = () => document.querySelector('[data-testid="draft-status"]');
  const radioSets = () => [...document.querySelectorAll('fieldset[data-testid^="question-"]')].filter((f) => f.querySelector('input[type="radio"]'));
  const out = [];
  for (let i = 0; i < warmup + count; i++) {
    const sets = radioSets();
    if (!sets.length) throw new Error('no radio questions on this step');
    const radios = [...sets[i % sets.length].querySelectorAll('input[type="radio"]')];
    const at = radios.findIndex((r) => r.checked);
    const target = radios[(at + 1) % radios.length];
    const el = status();
    const timing = new Promise((ok, fail) => {
      let saving = null;
      const timer = setTimeout(() => {
        observer.disconnect();
        fail(new Error(`draft-status did not become saved (state ${el.getAttribute('data-state')})`));
      }, 10_000);
      const observer = new MutationObserver(() => {
        const now = performance.now();
        const state = el.getAttribute('data-state');
        if (state === 'saving' && saving === null) saving = now;
        if (state === 'saved' && saving !== null) {
          observer.disconnect();
          clearTimeout(timer);
          ok({ saving, saved: now });
        }
        if (state === 'error') {
          observer.disconnect();
          clearTimeout(timer);
          fail(new Error(`draft save failed: ${el.textContent}`));
        }
      });
      observer.observe(el, { attributes: true, attributeFilter: ['data-state'] });
    });
    const t0 = performance.now();
    target.click();
    const { saving, saved } = await timing;
    if (i >= warmup) out.push({ toSaving: saving - t0, toSaved: saved - t0 });
    await new Promise((ok) => setTimeout(ok, pauseMs));
  }
  return out;
}
