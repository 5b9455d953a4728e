/**
 * Keeps one panel's intake answers safe in the client's draft, whatever else happens:
 * - only what this panel changed is sent, and the store merges it into the stored draft (saveDraftChanges),
 *   so a second panel on the same intake loses nothing; what the other panel saved is brought in here when
 *   it says so (src/store/draft-notices.ts) or when this page becomes visible again;
 * - a typed number is saved while typing, after a short pause (the debounce), and at once when the field
 *   is left, the step changes, the screen closes or the page is hidden — not only when the field is left;
 * - writes go one after another, in order; a write that fails keeps its changes for the next one;
 * - once the session has ended (discarded or finished, here or elsewhere) nothing more is written.
 * No DOM and no Preact here: the intake screen wires it to the page (src/ui/screens/IntakeScreen.tsx).
 */
import type { AnswerValue } from '@trede/core';
import { SessionEndedError } from '../../store/errors';
import type { DraftChange, SessionSeen, TredeStore } from '../../store/repo';
import type { DraftRecord, QuarantineRecord } from '../../store/schema';
import type { DraftNotice } from '../../store/draft-notices';
import { isAnswered, type Answers } from './model';

/** How long typing may pause before the typed number is saved. */
export const TYPING_DEBOUNCE_MS = 400;

export type Prefilled = Record<string, string>;

export type SaveStatus = { state: 'idle' } | { state: 'saving'; at: string | null } | { state: 'saved'; at: string } | { state: 'error'; error: unknown };

export interface KeeperEvents {
  /** The answers, or the marks of answers taken from the host page, changed (here or in another panel). */
  changed(answers: Answers, prefilled: Prefilled): void;
  status(status: SaveStatus): void;
  /** The session ended: nothing more is saved from this panel. */
  ended(error: SessionEndedError): void;
  /** A save moved the unreadable stored draft to the quarantine. */
  setAside(record: QuarantineRecord): void;
  /** Answers saved by another panel were brought in. */
  merged(): void;
}

type Store = Pick<TredeStore, 'saveDraftChanges' | 'getDraft' | 'getEndedSession'>;

export class DraftKeeper {
  private answers: Answers = {};
  private prefilled: Prefilled = {};
  /** Changes not yet in the store, by item id. */
  private readonly pending = new Map<string, DraftChange>();
  private step: string;
  private stepDirty = false;
  private sessionId: string = crypto.randomUUID();
  /** The revision of the stored draft this panel last wrote or read; null while none is stored. */
  private revision: number | null = null;
  private savedAt: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private endedBy: SessionEndedError | null = null;
  private stopped = false;
  /** Why the last write failed; cleared by the next one that lands. */
  private lastError: unknown = null;

  constructor(
    private readonly store: Store,
    private readonly clientKey: string,
    private readonly events: KeeperEvents,
    firstStep: string,
    private readonly debounceMs = TYPING_DEBOUNCE_MS,
  ) {
    this.step = firstStep;
  }

  /** Continues a stored draft: its session, its answers and where the caseworker was. */
  resume(draft: DraftRecord): void {
    this.sessionId = draft.sessionId;
    this.revision = draft.revision;
    this.savedAt = draft.updatedAt;
    this.step = draft.step;
    this.answers = Object.fromEntries(Object.entries(draft.answers).filter(([, value]) => isAnswered(value)));
    this.prefilled = { ...draft.prefilled };
    this.events.changed(this.answers, this.prefilled);
  }

  get ended(): SessionEndedError | null {
    return this.endedBy;
  }

  /**
   * One answer given or cleared (undefined). `from`: the adapter it was taken from (prefill). `typing`: a
   * number still being typed, saved after the debounce; anything else is saved at once.
   */
  set(itemId: string, value: AnswerValue | undefined, options: { from?: string; typing?: boolean } = {}): void {
    const next = value !== undefined && isAnswered(value) ? value : undefined;
    const before = this.answers[itemId];
    const same = JSON.stringify(before) === JSON.stringify(next) && (options.from ?? null) === (this.prefilled[itemId] ?? null);
    if (!same) {
      if (next === undefined) delete this.answers[itemId];
      else this.answers[itemId] = next;
      // Changed by the caseworker: no longer the page's answer.
      if (options.from && next !== undefined) this.prefilled[itemId] = options.from;
      else delete this.prefilled[itemId];
      this.pending.set(itemId, options.from && next !== undefined ? { value: next, from: options.from } : { value: next ?? null });
      this.events.changed({ ...this.answers }, { ...this.prefilled });
    }
    if (options.typing) this.later();
    else void this.flush();
  }

  /** The caseworker moved to another step: saved at once, with anything still typed. */
  setStep(stepId: string): void {
    if (stepId !== this.step) {
      this.step = stepId;
      this.stepDirty = true;
    }
    void this.flush();
  }

  /** Writes what has not been saved yet, now; resolves when it has landed (or failed, as the status says). */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    return this.enqueue(() => this.write());
  }

  /** Reads the stored draft again and shows what another panel saved (after a notice, or on becoming visible). */
  refresh(): Promise<void> {
    return this.enqueue(() => this.reread());
  }

  /** What another page announced about drafts. */
  hear(notice: DraftNotice): void {
    if (notice.clientKey !== this.clientKey || this.stopped || this.endedBy) return;
    if (notice.kind === 'ended') {
      if (notice.sessionId === this.sessionId) this.end(new SessionEndedError(notice.ending, notice.intakeId));
    } else if (notice.sessionId !== this.sessionId || notice.revision !== this.revision) {
      void this.refresh();
    }
  }

  /**
   * Before finishing: everything saved and the stored draft read, so that the answers include what another
   * panel saved. Returns the session and the revision seen (completeIntake checks them); throws the reason
   * when the answers could not be saved.
   */
  async prepareFinish(): Promise<{ answers: Answers; prefilled: Prefilled; seen: SessionSeen }> {
    await this.flush();
    if (this.endedBy) throw this.endedBy;
    if (this.pending.size && this.lastError) throw this.lastError;
    await this.refresh();
    if (this.endedBy) throw this.endedBy;
    return { answers: { ...this.answers }, prefilled: { ...this.prefilled }, seen: { sessionId: this.sessionId, revision: this.revision } };
  }

  /** The intake was finished here: nothing more is written. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private later(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.debounceMs);
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work, work);
    return this.queue;
  }

  private end(error: SessionEndedError): void {
    this.endedBy = error;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.events.ended(error);
  }

  private async write(): Promise<void> {
    if (this.stopped || this.endedBy || (!this.pending.size && !this.stepDirty)) return;
    const sent = new Map(this.pending);
    this.pending.clear();
    this.stepDirty = false;
    this.events.status({ state: 'saving', at: this.savedAt });
    try {
      const { draft, setAside } = await this.store.saveDraftChanges(this.clientKey, {
        sessionId: this.sessionId,
        changes: Object.fromEntries(sent),
        step: this.step,
        base: { answers: this.answers, prefilled: this.prefilled },
        seenRevision: this.revision,
      });
      this.lastError = null;
      this.savedAt = draft.updatedAt;
      this.adopt(draft);
      if (setAside) this.events.setAside(setAside);
      this.events.status({ state: 'saved', at: draft.updatedAt });
    } catch (error) {
      // Nothing of it was stored: keep the changes for the next write, unless the caseworker changed them since.
      for (const [itemId, change] of sent) if (!this.pending.has(itemId)) this.pending.set(itemId, change);
      this.stepDirty = true;
      this.lastError = error;
      if (error instanceof SessionEndedError) this.end(error);
      this.events.status({ state: 'error', error });
    }
  }

  private async reread(): Promise<void> {
    if (this.stopped || this.endedBy) return;
    let draft: DraftRecord | undefined;
    try {
      draft = await this.store.getDraft(this.clientKey);
    } catch {
      return; // unreadable or not readable now: the screen said so when it opened; the next save deals with it
    }
    if (draft?.sessionId === this.sessionId) {
      this.adopt(draft);
      return;
    }
    const ended = await this.store.getEndedSession(this.sessionId).catch(() => undefined);
    if (ended) this.end(new SessionEndedError(ended.ending, ended.intakeId));
    else if (draft) this.adopt(draft); // another panel started this intake at the same moment: one session
    else if (this.revision !== null) this.end(new SessionEndedError('discarded', null)); // seen, then erased
  }

  /** Takes the stored draft's answers for every question this panel has no unsaved change to. */
  private adopt(draft: DraftRecord): void {
    this.sessionId = draft.sessionId;
    this.revision = draft.revision;
    let changed = false;
    const items = new Set([...Object.keys(this.answers), ...Object.keys(draft.answers)]);
    for (const itemId of items) {
      if (this.pending.has(itemId)) continue;
      const stored = draft.answers[itemId];
      const value = stored !== undefined && isAnswered(stored) ? stored : undefined;
      const from = draft.prefilled?.[itemId];
      if (JSON.stringify(value) === JSON.stringify(this.answers[itemId]) && from === this.prefilled[itemId]) continue;
      changed = true;
      if (value === undefined) delete this.answers[itemId];
      else this.answers[itemId] = value;
      if (from) this.prefilled[itemId] = from;
      else delete this.prefilled[itemId];
    }
    if (!changed) return;
    this.events.changed({ ...this.answers }, { ...this.prefilled });
    this.events.merged();
  }
}
