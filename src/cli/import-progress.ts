import cliProgress from 'cli-progress';
import type { ImportProgress } from '../runtime/import/index.js';

/** Large files only; a small one finishes before a bar would be seen. */
const SHOW_FROM = 1000;

/**
 * A bar on a terminal; in a pipe or log, a plain line per tenth of the work, so CI logs stay short.
 * Writes to stderr so stdout holds only the summary.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { onProgress: (p: ImportProgress) => void; stop: () => void } {
  let bar: cliProgress.SingleBar | undefined;
  let lastTenth = -1;
  return {
    onProgress(p) {
      if (p.total < SHOW_FROM || p.phase !== 'writing') return;
      if (stream.isTTY) {
        if (!bar) {
          bar = new cliProgress.SingleBar({ stream, format: 'importing [{bar}] {percentage}% | {value}/{total} invoices | {eta}s left', hideCursor: true }, cliProgress.Presets.shades_classic);
          bar.start(p.total, 0);
        }
        bar.update(p.done);
        return;
      }
      const tenth = Math.floor((p.done / p.total) * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        stream.write(`importing: ${p.done}/${p.total} invoices\n`);
      }
    },
    stop() {
      bar?.stop();
    },
  };
}
