import { readFile } from 'node:fs/promises';

/** The text of a file, or of standard input for `-`, without a byte-order mark (editors on Windows write one). */
export async function readInput(file: string): Promise<string> {
  let text: string;
  if (file !== '-') text = await readFile(file, 'utf8');
  else {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  }
  return text.replace(/^\uFEFF/, '');
}

/** A read error as a person would say it: "no such file", "is a directory"… */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'cannot read: no such file';
  if (code === 'EISDIR') return 'cannot read: is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied';
  return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
}
