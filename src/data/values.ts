/** A figure's numbers as data: what the checks compare prose, quotes and events against. */
import type { Figure } from './schema.ts';

/** The numbers a reader may see for a figure (the value, or both ends of a range). */
export function figureValues(figure: Pick<Figure, 'bound' | 'value' | 'low' | 'high'>): number[] {
  return figure.bound === 'range' ? [figure.low!, figure.high!] : [figure.value!];
}
