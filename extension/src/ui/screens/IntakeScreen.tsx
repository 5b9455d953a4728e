import { useApp } from '../../app/navigation';

/** Placeholder: built in phase 2. */
export function IntakeScreen() {
  const { view } = useApp();
  return <section data-testid="screen-IntakeScreen" data-view={view.screen} />;
}
