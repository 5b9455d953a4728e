import { useApp } from '../../app/navigation';

/** Placeholder: built in phase 2. */
export function OutcomesScreen() {
  const { view } = useApp();
  return <section data-testid="screen-OutcomesScreen" data-view={view.screen} />;
}
