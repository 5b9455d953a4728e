// Not part of the app: a deliberately bad component, so the hard-coded-strings test can prove it fails.
export function Probe() {
  return (
    <div>
      <button type="button">Opslaan</button>
      <button type="button" aria-label="Sluiten">
        ×
      </button>
    </div>
  );
}
