/** Progress on the terminal: numbered steps, and a count that updates in place on a terminal (a line per ten elsewhere). */

/** A reporter of `total` steps, writing to `stream`. */
export function progress(total: number, stream: NodeJS.WriteStream = process.stderr) {
  let step = 0;
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  return {
    /** Starts the next step, e.g. "[2/5] Packing the charts". */
    step(text: string) {
      step += 1;
      stream.write(`[${step}/${total}] ${text}\n`);
    },
    /** Reports a running count within the step, e.g. "  37 files rendered". */
    count(n: number, what: string) {
      if (stream.isTTY) stream.write(`\r  ${n} ${what}`);
      else if (n % 10 === 0) stream.write(`  ${n} ${what}\n`);
    },
    /** Ends a running count. */
    endCount(n: number, what: string) {
      stream.write(`${stream.isTTY ? '\r' : ''}  ${n} ${what}\n`);
    },
    /** Seconds since the reporter started. */
    seconds,
  };
}
