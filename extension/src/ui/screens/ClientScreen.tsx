import { useApp } from '../../app/navigation';

/** Placeholder: built in phase 2. */
export function ClientScreen() {
  const { view } = useApp();
  return <section data-testid="screen-ClientScreen" data-view={view.screen} />;
}
