// The repository's public address is not decided yet; package.json holds a reserved .invalid placeholder
// (repository, homepage). This stops `npm publish` until a real address is filled in.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const placeholders = [pkg.repository?.url, pkg.homepage].filter((address) => !address || /\.invalid\b/.test(address));
if (placeholders.length > 0) {
  console.error('package.json: vul het echte adres van de repository in bij "repository" en "homepage" voor publicatie');
  console.error('package.json: fill in the repository\'s real address in "repository" and "homepage" before publishing');
  process.exit(1);
}
