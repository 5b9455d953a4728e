/** Version of the scoring engine; results record it next to each instrument's own version. */
export const ENGINE_VERSION = '0.2.0';
