import { Progress, renderBar } from '../../../shared/cli/progress';

function stream(isTTY: boolean, columns = 80) {
  const chunks: string[] = [];
  return { isTTY, columns, chunks, write: (chunk: string) => chunks.push(chunk) };
}

describe('progress display', () => {
  it('draws a bar filled in proportion', () => {
    expect(renderBar(0, 4, 8)).toBe('[--------]');
    expect(renderBar(1, 4, 8)).toBe('[##------]');
    expect(renderBar(4, 4, 8)).toBe('[########]');
    expect(renderBar(0, 0, 4)).toBe('[####]');
  });

  it('redraws one line in place on a terminal and ends it on finish', () => {
    const out = stream(true);
    const progress = new Progress(out, 'Uploading', 2);
    progress.tick('a.txt');
    progress.tick('b.txt');
    progress.finish();
    expect(out.chunks[0]).toBe('\r\x1b[2KUploading [############------------] 1/2 a.txt');
    expect(out.chunks[1]).toContain('[########################] 2/2 b.txt');
    expect(out.chunks[2]).toBe('\n');
  });

  it('cuts the line to the terminal width so it never wraps', () => {
    const out = stream(true, 30);
    new Progress(out, 'Uploading', 1).tick('a-very-long-file-name-that-would-wrap.txt');
    expect(out.chunks[0]!.replace('\r\x1b[2K', '').length).toBeLessThan(30);
  });

  it('writes one plain line per step when not a terminal', () => {
    const out = stream(false);
    const progress = new Progress(out, 'Uploading', 10);
    progress.tick('a.txt');
    progress.tick();
    progress.finish();
    expect(out.chunks).toEqual(['Uploading  1/10 a.txt\n', 'Uploading  2/10\n']);
  });

  it('grows an estimated total instead of counting past it', () => {
    const out = stream(false);
    const progress = new Progress(out, 'Redriving', 1);
    progress.tick();
    progress.tick();
    expect(out.chunks[1]).toBe('Redriving 2/2\n');
  });
});
