/**
 * Progress on stderr, so stdout stays clean for results and `--json`. On a terminal one
 * line is redrawn in place; in a log or a pipe each step is its own line, because
 * carriage returns would pile up there as one unreadable line.
 */

export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(chunk: string): unknown;
}

const BAR_WIDTH = 24;

/** `[#########---------------]` for `done` of `total`. */
export function renderBar(done: number, total: number, width = BAR_WIDTH): string {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

export class Progress {
  private done = 0;
  private readonly tty: boolean;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly label: string,
    private total: number,
    options: { tty?: boolean } = {},
  ) {
    this.tty = options.tty ?? Boolean(stream.isTTY);
  }

  /** Counts one step; `detail` names it (a file, a message). An estimated total grows if passed. */
  tick(detail = ''): void {
    this.done += 1;
    this.total = Math.max(this.total, this.done);
    const count = `${String(this.done).padStart(String(this.total).length)}/${this.total}`;
    if (this.tty) {
      const line = `${this.label} ${renderBar(this.done, this.total)} ${count} ${detail}`;
      const columns = this.stream.columns ?? 80;
      // Cut to the terminal width: a wrapped line cannot be redrawn with \r.
      this.stream.write(`\r\x1b[2K${line.length >= columns ? `${line.slice(0, columns - 2)}…` : line}`);
      this.drawn = true;
    } else {
      this.stream.write(`${this.label} ${count}${detail ? ` ${detail}` : ''}\n`);
    }
  }

  /** Ends the progress line so the next output starts on a fresh line. */
  finish(): void {
    if (this.tty && this.drawn) this.stream.write('\n');
    this.drawn = false;
  }
}
