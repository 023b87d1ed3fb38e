import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UploadState } from '../../../shared/app/ports';
import { humanLogLine } from '../../../shared/local/console-log';
import { liveRunOf, removeEndpointInfo } from '../../../shared/local/local-pipeline';
import { UploadFollower, ignoredUploadLine, uploadOutcomeLine } from '../../../shared/local/upload-events';

const upload = (fields: Partial<UploadState>): UploadState => ({
  bucket: 'b',
  key: 'incoming/a.txt',
  status: 'stored',
  reportId: 'r-1',
  contentHash: null,
  sequencer: null,
  reason: null,
  detail: null,
  quarantineKey: null,
  updatedAt: new Date().toISOString(),
  decoding: null,
  ...fields,
});

describe('the local run\'s event lines', () => {
  it('warns of objects outside incoming/, not of the quarantine copies the parser makes', () => {
    expect(ignoredUploadLine('b', 'Incoming/x.txt')).toBe('ignored s3://b/Incoming/x.txt: only keys under incoming/ are processed');
    expect(ignoredUploadLine('b', 'x.txt')).toContain('ignored s3://b/x.txt');
    expect(ignoredUploadLine('b', 'incomingx.txt')).not.toBeNull();
    expect(ignoredUploadLine('b', 'incoming/x.txt')).toBeNull();
    expect(ignoredUploadLine('b', 'quarantine/incoming/x.txt')).toBeNull();
  });

  it('says stored and duplicate uploads, leaving held and failed to the operations topic', () => {
    expect(uploadOutcomeLine(upload({}))).toMatch(/^stored\s+incoming\/a\.txt as r-1$/);
    expect(uploadOutcomeLine(upload({ status: 'duplicate' }))).toBe('duplicate incoming/a.txt: same content as r-1, no notice of its own');
    expect(uploadOutcomeLine(upload({ status: 'held' }))).toBeNull();
    expect(uploadOutcomeLine(upload({ status: 'failed' }))).toBeNull();
  });

  it('reports an upload once, only from a state written after it was seen', async () => {
    let state = upload({ updatedAt: new Date(Date.now() - 60_000).toISOString() });
    const reported: UploadState[] = [];
    const follower = new UploadFollower({ getUpload: async () => state }, 'b', (seen) => reported.push(seen), 5);
    follower.follow('incoming/a.txt');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(reported).toHaveLength(0);
    state = upload({ status: 'duplicate' });
    await new Promise((resolve) => setTimeout(resolve, 40));
    follower.stop();
    expect(reported.map((seen) => seen.status)).toEqual(['duplicate']);
  });

  it('writes a log entry as one readable line', () => {
    expect(humanLogLine('warn', 'bridge could not deliver', { key: 'incoming/a.txt', attempt: 2 })).toBe(
      'warning: bridge could not deliver (key: incoming/a.txt, attempt: 2)',
    );
    expect(humanLogLine('error', 'stopped')).toBe('error: stopped');
  });
});

describe('the endpoints file of a local run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reports-state-'));

  it('names a live run, and none for a missing, foreign or stale file', () => {
    const path = join(dir, 'endpoint.json');
    expect(liveRunOf(path, () => true)).toBeNull();
    writeFileSync(path, 'not json');
    expect(liveRunOf(path, () => true)).toBeNull();
    writeFileSync(path, JSON.stringify({ pid: 4242, endpoint: 'http://127.0.0.1:4566' }));
    expect(liveRunOf(path, (pid) => pid === 4242)).toEqual({ pid: 4242, endpoint: 'http://127.0.0.1:4566' });
    expect(liveRunOf(path, () => false)).toBeNull();
  });

  it('is removed on stop only while it still names this process', () => {
    const ours = join(dir, 'ours.json');
    const theirs = join(dir, 'theirs.json');
    writeFileSync(ours, JSON.stringify({ pid: process.pid }));
    writeFileSync(theirs, JSON.stringify({ pid: 4242 }));
    removeEndpointInfo(ours);
    removeEndpointInfo(theirs);
    expect(existsSync(ours)).toBe(false);
    expect(existsSync(theirs)).toBe(true);
  });
});
