/**
 * The toolbar button opens Trede's panel. Chrome has a side panel API that does this by itself once told
 * to; Firefox has a sidebar that the button toggles. Only the parts of the browser API used here are typed,
 * so the function can be tested with a stub.
 */
export interface PanelApis {
  sidePanel?: { setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void> };
  sidebarAction?: { toggle(): Promise<void> };
  action?: { onClicked: { addListener(listener: () => void): void } };
}

export type PanelKind = 'side-panel' | 'sidebar' | 'none';

export function setUpPanel(api: PanelApis, log: (message: string, error: unknown) => void = console.error): PanelKind {
  if (api.sidePanel) {
    api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e: unknown) => log('Trede: setPanelBehavior failed', e));
    return 'side-panel';
  }
  const sidebar = api.sidebarAction;
  if (sidebar && api.action) {
    // Must run synchronously inside the click handler: Firefox only toggles on a user action.
    api.action.onClicked.addListener(() => {
      sidebar.toggle().catch((e: unknown) => log('Trede: sidebarAction.toggle failed', e));
    });
    return 'sidebar';
  }
  return 'none';
}
