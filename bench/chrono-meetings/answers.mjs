// chrono-node's answers on the meeting corpus, the anchor `./fleet score-meetings --chrono`
// prints beside ours. Reads every part present in tests/data/meetings/ (corpus.jsonl,
// dev_part/dev_part.jsonl and the held-out test parts) and writes one JSON line per message:
// {"id", "starts": [ISO-8601, ...]} — the starts chrono found, in order of mention. The scoring
// itself is chatfleet-score-meetings's, the same code that scores our extractor.
//
// chrono gets what our extractor gets: the message's locale (chrono.en/.ru/.es/.pt), the
// reference instant ("now"), the UTC offset "now" has in the sender's zone, forwardDate.
// chrono has no notion of a plan, so every date it finds counts as an event.
//
// Usage: node answers.mjs <chrono-node module dir> <corpus dir> > answers.jsonl
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const [moduleDir, corpusDir] = process.argv.slice(2);
if (!moduleDir || !corpusDir) {
  console.error("usage: node answers.mjs <dir with node_modules/chrono-node> <corpus dir>");
  process.exit(2);
}
const chrono = createRequire(path.join(path.resolve(moduleDir), "noop.js"))("chrono-node");
const locales = { en: chrono.en, ru: chrono.ru, es: chrono.es, pt: chrono.pt };

// "2026-03-04T10:00:00-05:00" → -300: the offset chrono takes as `timezone` (minutes).
function offsetMinutes(iso) {
  const m = /([+-])(\d\d):(\d\d)$/.exec(iso);
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

const parts = ["corpus.jsonl", "dev_part/dev_part.jsonl", "test_part/test_part.jsonl",
               "test_part_2/test_part_2.jsonl", "test_part_3/test_part_3.jsonl",
               "test_part_4/test_part_4.jsonl", "test_part_5/test_part_5.jsonl",
               "test_part_6/test_part_6.jsonl", "test_part_7/test_part_7.jsonl",
               "test_part_8/test_part_8.jsonl", "tune_part_1/tune_part_1.jsonl",
               "tune_part_2/tune_part_2.jsonl",
               "tune_part_3/tune_part_3.jsonl"];
for (const part of parts) {
  const file = path.join(corpusDir, part);
  if (!existsSync(file)) continue;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const c = JSON.parse(line);
    const locale = locales[c.lang] ?? chrono.en;
    const reference = { instant: new Date(c.now), timezone: offsetMinutes(c.now) };
    let starts = [];
    try {
      starts = locale
        .parse(c.text, reference, { forwardDate: true })
        .map((r) => r.start.date().toISOString());
    } catch (e) {
      console.error(`chrono failed on ${c.id}: ${e.message}`);
    }
    process.stdout.write(JSON.stringify({ id: c.id, starts }) + "\n");
  }
}
