import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCharts } from './chart-check.ts';
import { loadDataset } from './load.ts';

const FIXTURE = join(import.meta.dirname, '__fixtures__', 'valid');
const { figures } = loadDataset(FIXTURE, FIXTURE);
const chart = {
  id: 'orders-approvals-stock' as const,
  title: { en: 'T', fr: 'T' },
  dek: { en: 'Since October 2022.', fr: 'Depuis octobre 2022.' },
  notes: [],
  figures: ['h200-ordered'],
};
const located = (row: typeof chart) => [{ row, location: { file: 'charts.yaml', line: 1 }, fieldLines: { dek: 3, figures: 5 } }];

describe('checkCharts(charts, figures)', () => {
  it('passes texts with years only and figures that exist', () => expect(checkCharts(located(chart), figures)).toEqual([chart]));
  it('names the file, line and field of a number in a dek', () => {
    expect(() => checkCharts(located({ ...chart, dek: { en: 'Orders topped 2 million.', fr: 'Commandes.' } }), figures)).toThrow(
      'charts.yaml:3: field "dek.en": states "2" by hand, expected words only',
    );
  });
  it('reads French texts by French rules', () => {
    expect(() => checkCharts(located({ ...chart, dek: { en: 'Orders.', fr: 'Plus de 400 000 commandes depuis le 7 octobre 2022.' } }), figures)).toThrow(
      'charts.yaml:3: field "dek.fr": states "400 000" by hand, expected words only',
    );
  });
  it('names the line of a figure id that does not exist', () => {
    expect(() => checkCharts(located({ ...chart, figures: ['h200-stock'] }), figures)).toThrow(
      'charts.yaml:5: field "figures": got "h200-stock", expected the id of a row in content/data/figures.csv',
    );
  });
});
