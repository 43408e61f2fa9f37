import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { gunzipSync } from 'node:zlib';
import type { Service } from './service';
import type { BundleImport } from './sync/bundle-import';

export interface BundleCommand {
  readonly file: string;
  /** the station's enrolment code, for a file from a PC never online (unsigned) */
  readonly code: string | undefined;
  /** the admin confirmed on the command line */
  readonly yes: boolean;
}

function describeKinds(outcome: BundleImport): string[] {
  return outcome.kinds.map(
    (k) =>
      `  ${k.table}: ${k.changes} 条 changes — 新增或更新 applied ${k.applied}，已有 already here ${k.alreadyHere}，` +
      `暂存 held ${k.held}，拒收 refused ${k.refused}（其中属于其他站点 other stations' records ${k.otherStations}）`,
  );
}

function printRefusals(outcome: BundleImport): void {
  for (const r of outcome.results)
    if (r.status === 'rejected') console.log(`  拒收 rejected ${r.id}: ${r.code} ${r.message ?? ''}`);
}

/** Asks on the terminal; anything but yes/y/是 is a no. Without a terminal there is no one to ask. */
async function askToConfirm(): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await prompt.question('确认导入以上改动？输入 yes 确认 / Import these changes? Type yes: ');
    return ['yes', 'y', '是'].includes(answer.trim().toLowerCase());
  } finally {
    prompt.close();
  }
}

/**
 * `import-bundle FILE [--code CODE] [--yes]`: a USB-stick file. A signed file from an enrolled station is
 * imported at once; an unsigned one from a station never online needs the station's enrolment code, shows what it
 * would change (per kind of record, other stations' records refused) and is imported only when the admin
 * confirms (typing yes, or --yes). Every refusal is printed; nothing is dropped quietly.
 */
export async function runBundleCommand(importBundle: Service['importBundle'], command: BundleCommand): Promise<number> {
  const raw = readFileSync(resolve(command.file));
  const text = (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw).toString('utf8');
  let outcome = await importBundle(text, { code: command.code, confirm: command.yes });
  const from = `${outcome.stationName} (${outcome.stationId})`;
  if (!outcome.applied) {
    console.log(`这个文件来自从未联网的站点 ${from}，凭注册码导入。将要导入的改动 / What this file would change:`);
    for (const line of describeKinds(outcome)) console.log(line);
    printRefusals(outcome);
    if (!(await askToConfirm())) {
      console.log(
        '没有导入任何内容。确认后请加 --yes 再运行一次。 / Nothing imported: run again with --yes to confirm.',
      );
      return 3;
    }
    outcome = await importBundle(text, { code: command.code, confirm: true });
  }
  const count = (status: string) => outcome.results.filter((r) => r.status === status).length;
  console.log(
    `已导入 ${from} 的文件 / Imported ${outcome.results.length} changes: ${count('applied')} applied, ` +
      `${count('duplicate')} already here, ${count('held')} held, ${count('rejected')} rejected.`,
  );
  for (const line of describeKinds(outcome)) console.log(line);
  printRefusals(outcome);
  return 0;
}
