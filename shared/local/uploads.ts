import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { INCOMING_PREFIX } from '../config/runtime-env';
import { UsageError } from '../errors';

const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.pdf': 'application/pdf',
};

/** Expands files and folders (one level of reports per folder, sorted) to file paths. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const path = resolve(input);
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UsageError(`no such file or folder: ${input}`);
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).filter((name) => CONTENT_TYPES[extname(name).toLowerCase()] !== undefined).sort();
      files.push(...entries.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return files;
}

/** The key an upload of `file` gets: `incoming/` plus its file name. */
export function incomingKeyOf(file: string): string {
  return `${INCOMING_PREFIX}${basename(file)}`;
}

/**
 * Uploads one report file under `incoming/`. `receivedOn` (YYYY-MM-DD) tells the parser
 * the day the office received it, for dates the text gives without a year.
 */
export async function uploadFile(s3: S3Client, bucket: string, file: string, key = incomingKeyOf(file), receivedOn?: string): Promise<string> {
  const body = await readFile(file);
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: body,
      ContentType: CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      ...(receivedOn ? { Metadata: { 'received-on': receivedOn } } : {}),
    }),
  );
  return key;
}
