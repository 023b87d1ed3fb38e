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

/** The report files that inputs name, and the files of their folders left out as no reports. */
export interface ExpandedInputs {
  readonly files: string[];
  /** Files inside a named folder whose extension is no report format's ("photo.jpg", "notes.bin"). */
  readonly skipped: string[];
}

/**
 * Expands files and folders (one level of reports per folder, sorted) to file paths. A file
 * named on its own is always taken: the parser tells what it holds.
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    const path = resolve(input);
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UsageError(`no such file or folder: ${input}`);
    }
    if (info.isDirectory()) {
      for (const name of (await readdir(path)).sort()) {
        const entry = join(path, name);
        if (CONTENT_TYPES[extname(name).toLowerCase()] !== undefined) files.push(entry);
        else if ((await stat(entry)).isFile()) skipped.push(entry);
      }
    } else {
      files.push(path);
    }
  }
  return { files, skipped };
}

/** One line naming the files a folder held that are no reports, so none is left out unsaid; null when there are none. */
export function skippedNotice(skipped: readonly string[]): string | null {
  if (skipped.length === 0) return null;
  return `skipped ${skipped.length} file(s) that are not reports (${Object.keys(CONTENT_TYPES).join(' ')}); name a file on its own to upload it anyway: ${skipped.map((file) => basename(file)).join(', ')}`;
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
