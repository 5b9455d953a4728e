/**
 * WXT's fake browser with the parts the options page uses stubbed: host permissions (a set of granted match
 * patterns that request/remove change), tabs, scripting and runtime messaging. Every stub is a vi.spyOn, so
 * tests assert on the exact calls.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface TabStub {
  id: number;
  url: string;
  lastAccessed: number;
}

export interface BrowserStubs {
  granted: Set<string>;
  /** Whether the next permission prompts are accepted. */
  answer: { grant: boolean };
  request: ReturnType<typeof vi.fn>;
  remove: ReturnType<typeof vi.fn>;
  contains: ReturnType<typeof vi.fn>;
  sendMessage: ReturnType<typeof vi.fn>;
  tabsQuery: ReturnType<typeof vi.fn>;
  tabsSendMessage: ReturnType<typeof vi.fn>;
  executeScript: ReturnType<typeof vi.fn>;
  openOptionsPage: ReturnType<typeof vi.fn>;
}

export function stubBrowser(options: { granted?: string[]; grant?: boolean; tabs?: TabStub[] } = {}): BrowserStubs {
  fakeBrowser.reset();
  const granted = new Set(options.granted ?? []);
  const answer = { grant: options.grant ?? true };
  const request = vi.fn(async ({ origins }: { origins: string[] }) => {
    if (answer.grant) for (const o of origins) granted.add(o);
    return answer.grant;
  });
  const remove = vi.fn(async ({ origins }: { origins: string[] }) => {
    for (const o of origins) granted.delete(o);
    return true;
  });
  const contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)));
  const sendMessage = vi.fn(async () => ['registered']);
  const tabs = options.tabs ?? [];
  const tabsQuery = vi.fn(async ({ url }: { url: string[] }) => tabs.filter((tab) => url.some((pattern) => tab.url.startsWith(pattern.slice(0, -1)))));
  const tabsSendMessage = vi.fn(async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  const executeScript = vi.fn(async () => [{ result: undefined }]);
  const openOptionsPage = vi.fn(async () => {});

  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(remove as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(contains as never);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(sendMessage as never);
  vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockImplementation(openOptionsPage as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(tabsQuery as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(tabsSendMessage as never);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(executeScript as never);
  return { granted, answer, request, remove, contains, sendMessage, tabsQuery, tabsSendMessage, executeScript, openOptionsPage };
}
