import { describe, expect, it } from 'vitest';
import { rejectUnknownProps } from './props.ts';

describe('rejectUnknownProps(component, props, allowed)', () => {
  it('passes the props a component takes', () => expect(() => rejectUnknownProps('Fact', { id: 'x', compact: true }, ['id', 'compact'])).not.toThrow());
  it('names the component, its id, the unknown prop and the props it takes', () => {
    expect(() => rejectUnknownProps('Fact', { id: 'h200-ordered', compat: true }, ['id', 'compact'])).toThrow(
      '<Fact id="h200-ordered">: got unknown prop "compat", expected only id and compact',
    );
  });
});
