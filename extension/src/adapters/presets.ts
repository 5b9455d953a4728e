/**
 * Adapters for the Werkplein Demo (extension/demo), shipped so a trainer can show the overlay without
 * writing one: the classic multi-page variant (a table with ids, dates in <time datetime>), the
 * single-page app (the URL changes first, the dossier follows; fields carry data-veld) and the modern app
 * (#-routes with an internal dossier id that only marks the client page, the number inside a web
 * component's shadow root, Dutch month names, a contenteditable journal). All run on one origin; `paths`
 * tells them apart. The demo server listens on 127.0.0.1:5178 by default — on another port,
 * change the origin after adding the preset.
 *
 * The data is presets.json, in the adapter file format an export writes, so the same file can be imported
 * by hand and read by the end-to-end tests. test/adapters.test.ts holds it to AdapterSchema.
 */
import presets from './presets.json';
import type { Adapter } from './schema';

export const DEMO_ORIGIN = 'http://127.0.0.1:5178';

export const PRESETS: readonly Adapter[] = presets.adapters as Adapter[];

/** A preset moved to another origin (the demo on another port, a test server). */
export function presetAt(id: string, origin: string): Adapter {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return { ...structuredClone(preset), origin };
}
