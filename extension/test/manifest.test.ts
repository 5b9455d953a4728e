import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspText, GECKO_ID, manifestFor, OPTIONAL_HOST_PERMISSIONS, PERMISSIONS } from '../src/manifest';

/** A content-security policy as directive → sources. */
const directives = (csp: string): Record<string, string[]> =>
  Object.fromEntries(csp.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...sources]) => [name!, sources]));

/** Whatever would let Trede onto a page without the caseworker granting that one origin. */
const HOST_KEYS = ['host_permissions', 'content_scripts', 'externally_connectable', 'web_accessible_resources'];
/** Optional host permissions: any https host and the local machine — granted per origin, never up front. */
const OPTIONAL = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

describe('manifest config (src/manifest.ts, used by wxt.config.ts)', () => {
  it('Chrome: exactly sidePanel, scripting, storage and alarms, nothing on any host until granted', () => {
    const manifest = manifestFor({ browser: 'chrome' });
    expect(manifest.permissions).toEqual(['sidePanel', 'scripting', 'storage', 'alarms']);
    expect(PERMISSIONS.chrome).toEqual(['sidePanel', 'scripting', 'storage', 'alarms']);
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL);
    expect(OPTIONAL_HOST_PERMISSIONS).toEqual(OPTIONAL);
    for (const key of HOST_KEYS) expect(manifest, key).not.toHaveProperty(key);
    expect(manifest.action).toBeDefined(); // the toolbar button that opens the side panel
    expect(manifest.default_locale).toBe('nl');
  });

  it('Firefox: scripting, storage and alarms, an add-on id, and no data collection', () => {
    const manifest = manifestFor({ browser: 'firefox' });
    expect(manifest.permissions).toEqual(['scripting', 'storage', 'alarms']);
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL);
    expect(manifest.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    for (const key of HOST_KEYS) expect(manifest, key).not.toHaveProperty(key);
  });

  it('asks for nothing that shows the caseworker a permission warning (storage and alarms show none)', () => {
    const WARNING_FREE = new Set(['sidePanel', 'scripting', 'storage', 'alarms']);
    for (const browser of ['chrome', 'firefox'] as const) {
      expect(manifestFor({ browser }).permissions!.filter((p) => !WARNING_FREE.has(p)), browser).toEqual([]);
    }
  });

  it('gives Trede’s pages a content-security policy that lets nothing reach outside the extension', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const csp = manifestFor({ browser, command: 'build' }).content_security_policy as { extension_pages: string };
      const policy = directives(csp.extension_pages);
      expect(policy, browser).toEqual({
        'default-src': ["'none'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'none'"],
      });
      expect(csp.extension_pages).not.toMatch(/unsafe|https?:|wss?:|\*/);
    }
  });

  it('allows the local dev server only under `wxt dev`', () => {
    const dev = directives(cspText('serve'));
    expect(dev['script-src']).toEqual(["'self'", 'http://localhost:*']);
    expect(dev['connect-src']).toEqual(["'self'", 'http://localhost:*', 'ws://localhost:*']);
    expect(dev['object-src']).toEqual(["'none'"]);
    expect(cspText()).toBe(cspText('build'));
    expect(cspText('build')).not.toContain('localhost');
  });
});

/** The manifests WXT generated. `pnpm test` builds first; a bare `vitest run` without a build skips these. */
const OUTPUT = join(import.meta.dirname, '..', '.output');
const built = (dir: string) => {
  const file = join(OUTPUT, dir, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : null;
};

describe.skipIf(!built('chrome-mv3'))('built Chrome MV3 manifest (.output/chrome-mv3)', () => {
  const manifest = built('chrome-mv3')!;

  it('has the side panel, sidePanel, scripting, storage and alarms only, and a service worker', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['sidePanel', 'scripting', 'storage', 'alarms']);
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL);
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    expect(manifest.action).toBeDefined();
  });

  it('ships the strict content-security policy, unchanged by the build', () => {
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
    expect(directives(csp)).toEqual(directives(cspText('build')));
  });

  it('has the options page for the adapters, opening in a tab', () => {
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    expect(existsSync(join(OUTPUT, 'chrome-mv3', 'options.html'))).toBe(true);
  });

  it('asks for no host and has no content scripts, nowhere <all_urls>; the overlay script is built', () => {
    for (const key of HOST_KEYS) expect(manifest, key).not.toHaveProperty(key);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(JSON.stringify({ ...manifest, optional_host_permissions: [] })).not.toMatch(/https?:\/\//);
    expect(existsSync(join(OUTPUT, 'chrome-mv3', 'overlay.js'))).toBe(true);
  });

  it('has nl and en locales for every __MSG_…__ it uses', () => {
    const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    expect(readdirSync(join(OUTPUT, 'chrome-mv3', '_locales')).sort()).toEqual(['en', 'nl']);
    for (const lang of ['nl', 'en']) {
      const messages = JSON.parse(readFileSync(join(OUTPUT, 'chrome-mv3', '_locales', lang, 'messages.json'), 'utf8'));
      for (const key of used) expect(messages[key]?.message, `${lang}: ${key}`).toBeTruthy();
    }
  });
});

describe.skipIf(!built('firefox-mv3'))('built Firefox MV3 manifest (.output/firefox-mv3)', () => {
  const manifest = built('firefox-mv3')!;

  it('has the same page as sidebar_action, and scripting, storage and alarms only', () => {
    expect(manifest.manifest_version).toBe(3);
    expect((manifest.sidebar_action as { default_panel: string }).default_panel).toBe('sidepanel.html');
    expect(manifest.permissions ?? []).toEqual(['scripting', 'storage', 'alarms']);
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL);
    expect(manifest).not.toHaveProperty('side_panel');
  });

  it('has the same options page, opening in a tab', () => {
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    expect(existsSync(join(OUTPUT, 'firefox-mv3', 'options.html'))).toBe(true);
  });

  it('asks for no host and has no content scripts, nowhere <all_urls>', () => {
    for (const key of HOST_KEYS) expect(manifest, key).not.toHaveProperty(key);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });
});
