// recheck's pure-JavaScript build (no native binary, no worker): the same API as the package's main entry.
declare module 'recheck/lib/browser.js' {
  export { checkSync } from 'recheck';
}
