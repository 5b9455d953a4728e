/** A small seeded generator (xorshift32), so simulated data is the same on every run and a failure can be replayed. */
export function seeded(seed: number): { uniform: () => number; normal: () => number; bernoulli: (p: number) => 0 | 1 } {
  let state = seed >>> 0 || 1;
  const uniform = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return (state + 0.5) / 4294967296;
  };
  // Box–Muller: uniform is never 0, so the log is finite.
  const normal = (): number => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  const bernoulli = (p: number): 0 | 1 => (uniform() < p ? 1 : 0);
  return { uniform, normal, bernoulli };
}
