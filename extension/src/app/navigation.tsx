import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TredeStore } from '../store/repo';
import type { PageLink } from './page-link';

/**
 * Where the side panel is. The client is known by its pseudonymous key only; the reference the caseworker
 * typed (or the page showed) is kept in memory, masked, for display, and never stored.
 */
export type View =
  | { screen: 'client' }
  | { screen: 'intake'; clientKey: string }
  | { screen: 'results'; clientKey: string; intakeId: string }
  | { screen: 'history'; clientKey: string }
  | { screen: 'outcomes'; clientKey: string }
  | { screen: 'rights'; clientKey: string }
  | { screen: 'training' };

/** The client open in this panel, in memory only: key, masked reference, and whether it looked like a BSN. */
export interface CurrentClient {
  clientKey: string;
  masked: string;
  bsn: boolean;
}

export interface AppContextValue {
  store: TredeStore;
  view: View;
  navigate(view: View): void;
  /** The masked reference of the current client, for display only (e.g. "•••••367"). */
  maskedReference: string | null;
  currentClient: CurrentClient | null;
  setCurrentClient(client: CurrentClient): void;
  /** The caseworker's own system in the active tab, when an adapter reads it (absent in some tests). */
  page?: PageLink;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppContext');
  return value;
}
