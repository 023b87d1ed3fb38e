import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../../shared/errors';
import { expandInputs, skippedNotice } from '../../../shared/local/uploads';

describe('expanding the files and folders an upload names', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'uploads-'));
    for (const name of ['b-report.txt', 'a-report.DOCX', 'photo.jpg', 'notes.bin']) writeFileSync(join(dir, name), 'x');
    mkdirSync(join(dir, 'sub'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes a folder\'s reports, sorted, and tells which of its files it left out (never its subfolders)', async () => {
    const { files, skipped } = await expandInputs([dir]);
    expect(files).toEqual([join(dir, 'a-report.DOCX'), join(dir, 'b-report.txt')]);
    expect(skipped).toEqual([join(dir, 'notes.bin'), join(dir, 'photo.jpg')]);
    expect(skippedNotice(skipped)).toBe('skipped 2 file(s) that are not reports (.txt .md .html .htm .docx .doc .pdf); name a file on its own to upload it anyway: notes.bin, photo.jpg');
  });

  it('takes a file named on its own whatever its extension, and says nothing when nothing was left out', async () => {
    const { files, skipped } = await expandInputs([join(dir, 'notes.bin')]);
    expect(files).toEqual([join(dir, 'notes.bin')]);
    expect(skipped).toEqual([]);
    expect(skippedNotice(skipped)).toBeNull();
  });

  it('refuses a path that does not exist', async () => {
    await expect(expandInputs([join(dir, 'missing')])).rejects.toBeInstanceOf(UsageError);
  });
});
