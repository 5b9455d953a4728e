// Empties dist/ before a pack, so files of modules that were moved or removed are never published.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
