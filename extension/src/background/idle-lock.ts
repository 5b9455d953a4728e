/**
 * The idle lock's clock in the background: once a minute (the shortest period browsers grant an alarm) the
 * background asks the lock whether nobody worked in a Trede page for the idle time in the settings, and if
 * so forgets the data key — every page and the badge then lock at once (src/store/lock.ts).
 */
import { lockWhenIdle } from '../store/lock-actions';

export const IDLE_ALARM = 'trede-idle-lock';

export interface AlarmApis {
  alarms: {
    create(name: string, info: { periodInMinutes: number }): unknown;
    onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
  };
}

export function setUpIdleLock(api: AlarmApis, check: () => Promise<unknown> = () => lockWhenIdle()): void {
  void api.alarms.create(IDLE_ALARM, { periodInMinutes: 1 });
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === IDLE_ALARM) check().catch(() => {});
  });
}
