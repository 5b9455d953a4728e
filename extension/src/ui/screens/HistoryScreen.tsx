import { useApp } from '../../app/navigation';

/** Placeholder: built in phase 2. */
export function HistoryScreen() {
  const { view } = useApp();
  return <section data-testid="screen-HistoryScreen" data-view={view.screen} />;
}
