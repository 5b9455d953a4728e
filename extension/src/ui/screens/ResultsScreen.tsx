import { useApp } from '../../app/navigation';

/** Placeholder: built in phase 2. */
export function ResultsScreen() {
  const { view } = useApp();
  return <section data-testid="screen-ResultsScreen" data-view={view.screen} />;
}
