// dist/cjs holds the CommonJS build; the package itself is "type": "module", so without this marker Node
// and TypeScript would read dist/cjs/*.js and *.d.ts as ES modules.
import { writeFileSync } from 'node:fs';

writeFileSync(new URL('../dist/cjs/package.json', import.meta.url), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
