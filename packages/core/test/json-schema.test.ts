import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IntakeResponseSchema, jsonSchemas } from '../src/schema.js';

/**
 * What `trede schema` prints is a contract other tools build on. These tests pin the parts that carry meaning
 * (closed objects, both answer forms, ranges, enums), so a change of schema library or a refactor of
 * src/schema.ts cannot loosen them unnoticed. They run the built CLI (`pnpm test` builds first).
 */
const cli = join(import.meta.dirname, '..', 'dist', 'cli', 'index.js');

type Json = Record<string, any>;
let printed: Record<'IntakeResponse' | 'IntakeResult' | 'LadderMovement' | 'ValidationIssue', Json>;

beforeAll(() => {
  const r = spawnSync(process.execPath, [cli, 'schema'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  printed = JSON.parse(r.stdout);
});

/** Every object schema with named properties in a document, with where it sits. */
function objectsIn(node: unknown, at = '#'): [string, Json][] {
  if (Array.isArray(node)) return node.flatMap((child, i) => objectsIn(child, `${at}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  const own: [string, Json][] = (node as Json).type === 'object' && (node as Json).properties ? [[at, node as Json]] : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => objectsIn(child, `${at}/${key}`))];
}

const ANSWER_VALUE = { anyOf: [{ type: 'number' }, { type: 'boolean' }, { type: 'string' }, { type: 'array', items: { type: 'string' } }, { type: 'null' }] };

describe('trede schema', () => {
  it('prints the four contracts as JSON Schema 2020-12, the same as jsonSchemas()', () => {
    expect(Object.keys(printed).sort()).toEqual(['IntakeResponse', 'IntakeResult', 'LadderMovement', 'ValidationIssue']);
    for (const schema of Object.values(printed)) expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(printed).toEqual(JSON.parse(JSON.stringify(jsonSchemas())));
  });

  it('describes an intake response as a closed object whose only required field is answers', () => {
    const response = printed.IntakeResponse;
    expect(response.type).toBe('object');
    expect(response.additionalProperties).toBe(false);
    expect(response.required).toEqual(['answers']);
    expect(Object.keys(response.properties)).toEqual(['schema', 'id', 'date', 'referenceGroup', 'instruments', 'answers']);
    expect(response.properties.schema.const).toBe('trede.intake/1');
    expect(response.properties.id).toEqual({ type: 'string', maxLength: 200 });
    expect(response.properties.date).toMatchObject({ type: 'string', format: 'date' });
    expect(new RegExp(response.properties.date.pattern).test('2026-11-23')).toBe(true);
    expect(new RegExp(response.properties.date.pattern).test('2026-02-30')).toBe(false);
    expect(response.properties.referenceGroup.enum).toEqual(['total', 'control', 'intervention']);
  });

  it('is as closed as the parser behind it: unknown keys in a response are refused, not dropped', () => {
    // JSON Schema in output mode prints additionalProperties false for stripping objects too; the parser decides.
    expect(IntakeResponseSchema.safeParse({ answers: {} }).success).toBe(true);
    expect(IntakeResponseSchema.safeParse({ answers: {}, extra: 1 }).success).toBe(false);
    expect(IntakeResponseSchema.safeParse({ answers: [{ item: 'bc.stress', value: 3, extra: 1 }] }).success).toBe(false);
  });

  it('accepts answers keyed by item id or as a list of closed { item, value } entries', () => {
    const [keyed, listed] = printed.IntakeResponse.properties.answers.anyOf;
    expect(keyed).toEqual({ type: 'object', propertyNames: { type: 'string' }, additionalProperties: ANSWER_VALUE });
    expect(listed.type).toBe('array');
    expect(listed.items).toEqual({ type: 'object', properties: { item: { type: 'string' }, value: ANSWER_VALUE }, required: ['item', 'value'], additionalProperties: false });
    expect(printed.IntakeResponse.properties.answers.anyOf).toHaveLength(2);
  });

  it('closes every object with named properties, in all four contracts', () => {
    const open = Object.entries(printed).flatMap(([name, schema]) =>
      objectsIn(schema)
        .filter(([, object]) => object.additionalProperties !== false)
        .map(([at]) => `${name} ${at}`),
    );
    expect(open).toEqual([]);
    expect(objectsIn(printed.IntakeResult).length).toBeGreaterThan(10);
  });

  it('requires every field of a result and keeps its ranges, integers and enums', () => {
    const result = printed.IntakeResult;
    expect(result.required).toEqual(Object.keys(result.properties));
    expect(result.properties.schema.const).toBe('trede.result/2');
    const ladder = result.properties.ladder.properties;
    expect(ladder.rung.anyOf).toEqual([{ type: 'integer', minimum: 1, maximum: 6 }, { type: 'null' }]);
    expect(ladder.position.anyOf).toEqual([{ type: 'integer', minimum: 1, maximum: 12 }, { type: 'null' }]);
    const scale = result.properties.scales.additionalProperties;
    expect(scale.properties.status.enum).toEqual(['scored', 'insufficient', 'not-applicable', 'not-administered']);
    const warning = result.properties.warnings.items;
    expect(warning.required).toEqual(['code', 'items', 'message']);
    expect(warning.properties.code.enum).toEqual(['not-applicable', 'inconsistent']);
    expect(warning.properties.items).toEqual({ type: 'array', items: { type: 'string' } });
    expect(warning.properties.message.required).toEqual(['nl', 'en']);
    expect(scale.properties.reference.anyOf[0].properties.percentile).toEqual({ type: 'number', minimum: 0, maximum: 100 });
    const [report, none] = result.properties.risks.anyOf;
    expect(none).toEqual({ type: 'null' });
    const moment = report.properties.moments.items.properties;
    expect(moment.probability.anyOf).toEqual([{ type: 'number', minimum: 0, maximum: 1 }, { type: 'null' }]);
    const override = moment.override.anyOf[0].properties;
    expect(override.reason).toEqual({ type: 'string', minLength: 3 });
    expect(override.band.enum).toEqual(['much-lower', 'lower', 'around', 'higher', 'much-higher']);
    // every band comes with its chance as a natural frequency, the base rate next to it, and what kind of chance it is
    expect(moment.kind.enum).toEqual(['dropout', 'work']);
    expect(moment.frequency.anyOf[0].required).toEqual(['client', 'base']);
    expect(moment.frequency.anyOf[0].properties.client.properties.of.anyOf.map((o: { const: number }) => o.const)).toEqual([10, 100]);
    expect(moment.baseRate.type).toEqual(['number', 'null']);
    expect(moment.actions.items.properties.basis.enum).toEqual(['source', 'suggestion']);
  });

  it('lists the validation issue codes and gives ladder movements whole numbers', () => {
    expect(printed.ValidationIssue.properties.code.enum).toEqual(['structure', 'unknown-item', 'wrong-type', 'off-scale', 'duplicate', 'unknown-instrument']);
    expect(printed.ValidationIssue.properties.message.required).toEqual(['nl', 'en']);
    const movement = printed.LadderMovement.properties;
    expect(movement.from.properties.position.type).toBe('integer');
    expect(movement.rungChange.type).toBe('integer');
    expect(movement.direction.enum).toEqual(['up', 'down', 'same']);
  });
});
