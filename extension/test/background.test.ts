import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpPanel } from '../src/background/panel';

describe('setUpPanel', () => {
  it('Chrome: tells the side panel to open on the toolbar button', () => {
    const setPanelBehavior = vi.fn(() => Promise.resolve());
    expect(setUpPanel({ sidePanel: { setPanelBehavior } })).toBe('side-panel');
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('Chrome: a failure is logged, not thrown', async () => {
    const log = vi.fn();
    setUpPanel({ sidePanel: { setPanelBehavior: () => Promise.reject(new Error('nope')) } }, log);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('Trede: setPanelBehavior failed', expect.any(Error)));
  });

  it('Firefox: the toolbar button toggles the sidebar', () => {
    let listener: (() => void) | undefined;
    const toggle = vi.fn(() => Promise.resolve());
    const kind = setUpPanel({ sidebarAction: { toggle }, action: { onClicked: { addListener: (l) => (listener = l) } } });
    expect(kind).toBe('sidebar');
    expect(toggle).not.toHaveBeenCalled();
    listener!();
    expect(toggle).toHaveBeenCalledOnce();
  });

  it('does nothing where neither exists', () => {
    expect(setUpPanel({})).toBe('none');
  });
});

describe('entrypoints/background.ts (with WXT’s fake browser)', () => {
  it('sets the panel behaviour when the background starts', async () => {
    const setPanelBehavior = vi.fn(() => Promise.resolve());
    // The fake browser has no scripting API and no permission events: stubs, so the overlay starts too.
    const getRegisteredContentScripts = vi.fn(() => Promise.resolve([]));
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    Object.assign(fakeBrowser, {
      sidePanel: { setPanelBehavior },
      scripting: { getRegisteredContentScripts, registerContentScripts: vi.fn(), unregisterContentScripts: vi.fn(), executeScript: vi.fn() },
    });
    const { default: background } = await import('../entrypoints/background');
    background.main();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    // The overlay's first registration sync ran against the (empty) adapter store.
    await vi.waitFor(() => expect(getRegisteredContentScripts).toHaveBeenCalledWith({ ids: ['trede-overlay'] }));
  });
});
