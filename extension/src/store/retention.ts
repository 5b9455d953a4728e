/**
 * Retention: everything about a client is deleted once the client has had no activity for the period in the
 * settings (default 24 months; none: keep). Loaded on first use (src/store/repo.ts imports it lazily).
 *
 * A client's last activity is the latest time in its records (ACTIVITY below): the client record's creation
 * and last intake, the draft's last save, outcomes, ended sessions, records set aside, and every audit entry
 * about the client (intakes, overrides, copies, prints, exports...). Timestamps are read leniently, from
 * records whether they pass their schema or not, so a corrupt record neither blocks the sweep nor hides a
 * recent activity. A client without any readable time is kept.
 *
 * The work is bounded and done in bulk, because IndexedDB charges per request: the stores are read whole,
 * except the intakes (large records: their activity is in the client record and the audit trail, and their
 * keys are asked per client only for the clients that go). Deleting happens in transactions of
 * RETENTION_BATCH clients, each with its own anonymous audit entry, so an interrupted sweep leaves a
 * consistent store and an honest trail; keys that are neighbours in their store go in one range request
 * (src/store/key-runs.ts). A client that became active since it was found is skipped: every change but a
 * draft's save writes an audit entry, so the batch looks at entries newer than the sweep's start and at the
 * drafts.
 */
import type { IDBPTransaction } from 'idb';
import { CLIENT_STORES, erasureDetail, noCounts, type ClientCounts, type ClientStore, type StoreAccess } from './client-rights';
import { keyRuns, rangeOf } from './key-runs';
import { CLIENT_LOOKUP, DEFAULT_RETENTION_MONTHS, RetentionMonthsSchema, SETTINGS_KEY } from './schema';

/**
 * Clients deleted per transaction. Large, because keys are deleted in ranges of neighbours and only keys that
 * go in the same transaction can be neighbours: a backlog deleted in one transaction takes whole stretches of
 * a store at once. The price is that other pages wait for it to use the client stores: bench/retention.mjs
 * deletes 4,704 clients (14,112 intakes) in one transaction of 6 to 10 s.
 */
export const RETENTION_BATCH = 5_000;

/** The fields that say when something happened to a client, per store. */
const ACTIVITY: Partial<Record<ClientStore, readonly string[]>> = {
  clients: ['createdAt', 'lastIntakeAt'],
  drafts: ['updatedAt'],
  outcomes: ['recordedAt'],
  audit: ['at'],
  sessions: ['endedAt'],
  quarantine: ['movedAt'],
};

/** Stores too large to read whole: their keys are looked up per client, by the index, only for clients that go. */
const LOOKED_UP: ReadonlySet<ClientStore> = new Set(['intakes']);

export type RetentionTrigger = 'startup' | 'manual';

export interface RetentionCandidate {
  clientKey: string;
  /** The caseworker's nickname for the client, when one is stored. */
  label: string | null;
  /** ISO timestamp of the last activity. */
  lastActivity: string;
  intakes: number;
}

export interface RetentionPreview {
  /** The period in months; null when retention is off (then nothing is a candidate). */
  months: number | null;
  /** Activity before this moment (ISO) counts as expired; null when retention is off. */
  cutoff: string | null;
  /** Oldest activity first. */
  clients: RetentionCandidate[];
  /** Records that would be deleted, per store. */
  counts: ClientCounts;
}

export interface RetentionOutcome {
  months: number | null;
  removed: ClientCounts;
  /** Candidates not deleted because they were active again by the time their batch ran. */
  skipped: number;
  /** Candidates left for a later run (a start-up sweep deletes at most `limit` clients). */
  remaining: number;
}

type AnyTx = IDBPTransaction<unknown, string[], IDBTransactionMode>;
type WriteTx = IDBPTransaction<unknown, string[], 'readwrite'>;
type Fields = Record<string, unknown>;

const timeOf = (value: unknown): number | null => {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
};
const fieldsOf = (value: unknown): Fields => (value && typeof value === 'object' ? (value as Fields) : {});

/** The moment `months` before `now` (calendar months, in UTC). */
export function cutoffFor(now: Date, months: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/**
 * The period from the settings: their own field even when another field of the record is unreadable, and the
 * default when there is no valid one (retention must not stop silently because of a bad settings record).
 */
async function retentionMonths(access: StoreAccess): Promise<number | null> {
  const fields = fieldsOf(await access.db.get('settings', SETTINGS_KEY));
  const stored = RetentionMonthsSchema.safeParse(fields.retentionMonths);
  return 'retentionMonths' in fields && stored.success ? stored.data : DEFAULT_RETENTION_MONTHS;
}

/** What one read of the client stores says: per client, its last activity, nickname and record keys. */
export interface Activity {
  last: Map<string, number>;
  labels: Map<string, string>;
  /** Client records sealed by the vault: their nickname is read only for the clients a preview lists. */
  sealedClients: Map<string, unknown>;
  /** Per store read whole: client key → primary keys of its records. */
  keys: Map<ClientStore, Map<string, IDBValidKey[]>>;
  /** The highest audit id at the time of reading: later entries mean activity since. */
  auditHighWater: number;
}

async function readActivity(access: StoreAccess): Promise<Activity> {
  const tx = access.db.transaction(CLIENT_STORES, 'readonly') as unknown as AnyTx;
  const activity: Activity = { last: new Map(), labels: new Map(), sealedClients: new Map(), keys: new Map(), auditHighWater: 0 };
  const seen = (key: string, time: number | null) => {
    if (time !== null) activity.last.set(key, Math.max(activity.last.get(key) ?? -Infinity, time));
    else if (!activity.last.has(key)) activity.last.set(key, -Infinity);
  };
  await Promise.all(
    CLIENT_STORES.filter((store) => !LOOKED_UP.has(store)).map(async (store) => {
      const objects = tx.objectStore(store);
      const [keys, values] = await Promise.all([objects.getAllKeys(), objects.getAll()]);
      const byClient = new Map<string, IDBValidKey[]>();
      values.forEach((value, i) => {
        const fields = fieldsOf(value);
        const owner = CLIENT_LOOKUP[store] === 'key' ? String(keys[i]) : fields.clientKey;
        if (typeof owner !== 'string') return;
        byClient.set(owner, [...(byClient.get(owner) ?? []), keys[i]!]);
        for (const field of ACTIVITY[store] ?? []) seen(owner, timeOf(fields[field]));
        if (store === 'clients' && typeof fields.label === 'string') activity.labels.set(owner, fields.label);
        if (store === 'clients' && 'sealed' in fields) activity.sealedClients.set(owner, value);
        if (store === 'audit' && typeof keys[i] === 'number') activity.auditHighWater = Math.max(activity.auditHighWater, keys[i] as number);
      });
      activity.keys.set(store, byClient);
    }),
  );
  return activity;
}

export interface Expired {
  months: number | null;
  cutoff: number | null;
  /** Client key and last activity (ms), oldest first. */
  clients: [string, number][];
  activity: Activity | null;
}

/** The clients whose last activity is before the cutoff, oldest first. */
export async function findExpired(access: StoreAccess): Promise<Expired> {
  const months = await retentionMonths(access);
  if (months === null) return { months, cutoff: null, clients: [], activity: null };
  const cutoff = cutoffFor(access.now(), months).getTime();
  const activity = await readActivity(access);
  const clients = [...activity.last].filter(([, last]) => Number.isFinite(last) && last < cutoff).sort((a, b) => a[1] - b[1]);
  return { months, cutoff, clients, activity };
}

/** The primary keys of one client's records in a looked-up store, from its index. */
const lookUp = (tx: AnyTx, store: ClientStore, clientKey: string): Promise<IDBValidKey[]> => tx.objectStore(store).index('by-client').getAllKeys(clientKey);

/** What a retention sweep would delete now: the clients past the period, and the records per store. */
export async function previewRetention(access: StoreAccess): Promise<RetentionPreview> {
  const expired = await findExpired(access);
  const counts = noCounts();
  const { activity } = expired;
  if (expired.cutoff === null || !activity) return { months: expired.months, cutoff: null, clients: [], counts };
  const tx = access.db.transaction([...LOOKED_UP], 'readonly') as unknown as AnyTx;
  const looked = await Promise.all(
    expired.clients.map(([key]) => Promise.all([...LOOKED_UP].map(async (store) => [store, (await tx.objectStore(store).index('by-client').count(key)) as number] as const))),
  );
  const sealedLabel = async (clientKey: string): Promise<string | null> => {
    const stored = activity.sealedClients.get(clientKey);
    if (stored === undefined) return null;
    // A nickname that cannot be read leaves the line without one; the client is still listed and counted.
    const client = (await access.open(null, 'clients', clientKey, stored).catch(() => null)) as { label?: string } | null;
    return client?.label ?? null;
  };
  const clients = await Promise.all(
    expired.clients.map(async ([clientKey, last], i): Promise<RetentionCandidate> => {
      const perStore = new Map<ClientStore, number>(looked[i]);
      for (const store of CLIENT_STORES) counts[store] += perStore.get(store) ?? activity.keys.get(store)?.get(clientKey)?.length ?? 0;
      const label = activity.labels.get(clientKey) ?? (await sealedLabel(clientKey));
      return { clientKey, label, lastActivity: new Date(last).toISOString(), intakes: perStore.get('intakes') ?? 0 };
    }),
  );
  return { months: expired.months, cutoff: new Date(expired.cutoff).toISOString(), clients, counts };
}

/**
 * Deletes the clients past the retention period, at most `limit` of them, BATCH per transaction, each batch
 * audited by one entry with counts, the period and the trigger (no client key, no id).
 */
export async function applyRetention(access: StoreAccess, trigger: RetentionTrigger, limit = Infinity): Promise<RetentionOutcome> {
  return eraseExpired(access, await findExpired(access), trigger, limit);
}

/** The clients of a batch that show activity since the sweep read the stores (another panel at work). */
async function activeSince(tx: AnyTx, activity: Activity, cutoff: number): Promise<Set<string>> {
  const [newer, drafts, draftKeys] = await Promise.all([
    tx.objectStore('audit').getAll(IDBKeyRange.lowerBound(activity.auditHighWater, true)),
    tx.objectStore('drafts').getAll(),
    tx.objectStore('drafts').getAllKeys(),
  ]);
  const active = new Set<string>();
  for (const entry of newer) if (typeof fieldsOf(entry).clientKey === 'string') active.add(fieldsOf(entry).clientKey as string);
  drafts.forEach((draft, i) => {
    const saved = timeOf(fieldsOf(draft).updatedAt);
    if (saved !== null && saved >= cutoff) active.add(String(draftKeys[i]));
  });
  return active;
}

/**
 * The share of all clients a batch must take for ranges to pay. Reading every key of a store costs about as
 * much as deleting a fiftieth of its records one by one (all 30,000 intake keys: about 0.3 s in Chromium),
 * and ranges save more the larger the share that goes (longer runs): by in-page measurements, they make up
 * for that read from about a seventh on. A start-up sweep of a few clients deletes key by key, as before.
 */
const RANGES_FROM_SHARE = 1 / 7;

/**
 * The batch's keys in every client store, grouped into runs of neighbours when the batch is large enough.
 * The stores' keys are read inside the batch's own transaction, so no other record can lie between two
 * neighbours by the time they are deleted. Requests are made all at once where they can be: IndexedDB runs
 * them in order, without a round trip each.
 */
async function batchRuns(tx: AnyTx, activity: Activity, clients: string[]): Promise<Map<ClientStore, IDBValidKey[][]>> {
  const looked = await Promise.all(clients.map((key) => Promise.all([...LOOKED_UP].map(async (store) => [store, await lookUp(tx, store, key)] as const))));
  const lookedUp = looked.map((perStore) => new Map<ClientStore, IDBValidKey[]>(perStore));
  const going = CLIENT_STORES.map((store) => {
    const keys = new Set<IDBValidKey>();
    clients.forEach((clientKey, c) => {
      for (const key of lookedUp[c]!.get(store) ?? activity.keys.get(store)?.get(clientKey) ?? []) keys.add(key);
    });
    return keys;
  });
  const ranged = clients.length >= activity.last.size * RANGES_FROM_SHARE;
  const orders = ranged ? await Promise.all(CLIENT_STORES.map((store) => tx.objectStore(store).getAllKeys())) : null;
  return new Map(CLIENT_STORES.map((store, i) => [store, orders ? keyRuns(orders[i]!, going[i]!) : [...going[i]!].map((key) => [key])]));
}

/** The deleting half of applyRetention: each batch checks its clients again, inside its own transaction. */
export async function eraseExpired(access: StoreAccess, expired: Expired, trigger: RetentionTrigger, limit = Infinity): Promise<RetentionOutcome> {
  const removed = noCounts();
  const outcome: RetentionOutcome = { months: expired.months, removed, skipped: 0, remaining: 0 };
  const { cutoff, activity } = expired;
  if (expired.months === null || cutoff === null || !activity) return outcome;
  const chosen = expired.clients.slice(0, Math.max(0, limit));
  outcome.remaining = expired.clients.length - chosen.length;
  for (let start = 0; start < chosen.length; start += RETENTION_BATCH) {
    const batch = chosen.slice(start, start + RETENTION_BATCH).map(([key]) => key);
    await access.inTx(CLIENT_STORES, async (wtx) => {
      const tx = wtx as unknown as WriteTx;
      const active = await activeSince(tx, activity, cutoff);
      const going = batch.filter((key) => !active.has(key));
      outcome.skipped += batch.length - going.length;
      const runs = await batchRuns(tx, activity, going);
      const inBatch = noCounts();
      const deletions: Promise<unknown>[] = [];
      for (const [store, storeRuns] of runs) {
        const objects = tx.objectStore(store);
        for (const run of storeRuns) {
          inBatch[store] += run.length;
          deletions.push(objects.delete(rangeOf(run)));
        }
      }
      await Promise.all(deletions);
      if (Object.values(inBatch).some((n) => n > 0)) {
        await access.audit(wtx, 'retention-erased', null, { ...erasureDetail(inBatch), months: expired.months, trigger });
      }
      for (const store of CLIENT_STORES) removed[store] += inBatch[store];
    });
    // Let the page breathe between batches.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return outcome;
}
