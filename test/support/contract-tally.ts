import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { contractTallyDir } from './contract.js';

/** Prints how many responses the run checked against the OpenAPI document, and how many drifted; removes what the run kept for the check. */
export function printContractTally(run: string): void {
  const dir = contractTallyDir(run);
  if (!existsSync(dir)) return;
  let validated = 0;
  let drifts = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)) {
      const counts = JSON.parse(line) as { validated: number; drifts: number };
      validated += counts.validated;
      drifts += counts.drifts;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`OpenAPI contract: ${validated} responses checked against the served document, ${drifts} drifts.`);
}
