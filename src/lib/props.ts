/** Checks of the props an MDX component receives, so a typo in a story fails the build with a clear message. */

/** Throws when `props` holds a prop `component` does not take, naming it and the props it does take. */
export function rejectUnknownProps(component: string, props: object, allowed: readonly string[]): void {
  const unknown = Object.keys(props).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    const { id: given } = props as { id?: unknown };
    const id = typeof given === 'string' ? ` id="${given}"` : '';
    throw new Error(`<${component}${id}>: got unknown prop ${unknown.map((k) => `"${k}"`).join(', ')}, expected only ${allowed.join(' and ')}`);
  }
}
