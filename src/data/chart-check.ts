/** Checks content/data/charts.yaml against the data: figure ids that exist, and texts without hand-written numbers. */
import { DataError } from './errors.ts';
import { statedNumbers } from './prose.ts';
import type { Chart } from './content-schema.ts';
import type { Located } from './errors.ts';
import type { Figure, Lang } from './schema.ts';

/** Returns the charts when every check passes; throws a `DataError` with the file, line and field of the first that fails. */
export function checkCharts(charts: Located<Chart>[], figures: Figure[]): Chart[] {
  const figureIds = new Set(figures.map((f) => f.id));
  for (const { row, location, fieldLines } of charts) {
    const at = (field: string) => ({ ...location, line: fieldLines?.[field.split('.')[0]] ?? location.line, field });
    for (const id of row.figures ?? []) {
      if (!figureIds.has(id)) throw new DataError(at('figures'), `got "${id}", expected the id of a row in content/data/figures.csv`);
    }
    const texts = [['title', row.title], ['dek', row.dek], ...row.notes.map((n) => ['notes', n] as const)] as const;
    for (const [field, text] of texts) {
      for (const [lang, value] of Object.entries(text)) {
        const [first] = statedNumbers(value, lang as Lang);
        if (first)
          throw new DataError(
            at(`${field}.${lang}`),
            `states "${first.text}" by hand, expected words only: a chart's numbers come from content/data/figures.csv`,
          );
      }
    }
  }
  return charts.map((c) => c.row);
}
