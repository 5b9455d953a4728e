// For test/form-state.test.ts: one control that says autocomplete, one that does not, one file picker.
export const Probe = () => (
  <form>
    <input autocomplete="off" />
    <textarea />
    <input type="file" />
  </form>
);
