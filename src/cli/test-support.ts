// Test helper: runs the command line in-process, capturing what it prints.
import { main } from './main.ts';

export async function runCli(argv: string[], cwd = process.cwd()): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`), cwd });
  return { code, out, err };
}
