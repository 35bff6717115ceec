/**
 * A progress bar on stderr for long runs, only when stderr is a terminal and not in CI: pipes, files and CI logs
 * stay clean. cli-progress is loaded only when a bar is shown.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function progressReporter(label: string, minTotal = 20): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY || process.env.CI) return undefined;
  let bar: { start(total: number, value: number): void; update(value: number): void; stop(): void } | undefined;
  return (done, total) => {
    if (total < minTotal) return;
    if (!bar) {
      const { SingleBar, Presets } = require("cli-progress");
      bar = new SingleBar({ format: `${label} [{bar}] {value}/{total} reports | {eta_formatted} left`, stream: process.stderr, hideCursor: true }, Presets.shades_classic);
      bar!.start(total, 0);
    }
    bar!.update(done);
    if (done >= total) bar!.stop();
  };
}
