/**
 * Child process for the store's crash-safety test: opens the store at argv[2] and ingests a large batch of
 * argv[3] reports. Mode argv[4]:
 *   "hang": once every report is written (inside the transaction, uncommitted), print "INSIDE" and wait to be
 *           killed; exits 3 after 60 s if nobody does, so a broken test never leaves it running.
 *   "run":  print "START", ingest normally, print "DONE".
 * argv[5], optional, numbers the first report of the batch (default 0), so successive batches differ.
 * Usage: node --import tsx src/store/crash-child.ts DB COUNT hang|run [FIRST]
 */
import { Store } from "./index.js";
import { bulkReport, fakeRebuild } from "./test-helpers.js";

const [dbPath, countText, mode, firstText = "0"] = process.argv.slice(2);
if (!dbPath || !countText || (mode !== "hang" && mode !== "run")) {
  process.stderr.write("usage: crash-child.ts DB COUNT hang|run [FIRST]\n");
  process.exit(64);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const store = new Store(dbPath);
const batch = Array.from({ length: Number(countText) }, (_, i) => bulkReport(Number(firstText) + i));
process.stdout.write("START\n");
store.ingest(batch, (all) => {
  if (mode === "hang") {
    process.stdout.write(`INSIDE ${all.length}\n`); // stdout to a pipe is synchronous on Linux: the parent sees it now
    for (let waited = 0; waited < 60_000; waited += 100) Atomics.wait(sleeper, 0, 0, 100);
    process.exit(3);
  }
  return fakeRebuild(all);
});
store.close();
process.stdout.write("DONE\n");
