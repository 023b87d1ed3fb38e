import { UnprocessableReportError } from '../../errors';

/** Wall-clock budget for one decode; long-running stages poll it between units of work. */
export class Deadline {
  private readonly endsAt: number;

  constructor(readonly budgetMs: number) {
    this.endsAt = Date.now() + budgetMs;
  }

  get expired(): boolean {
    return Date.now() >= this.endsAt;
  }

  get remainingMs(): number {
    return Math.max(0, this.endsAt - Date.now());
  }

  check(): void {
    if (this.expired) throw timeBudgetExceeded(this.budgetMs);
  }
}

export function timeBudgetExceeded(budgetMs: number): UnprocessableReportError {
  return new UnprocessableReportError(
    'time-budget-exceeded',
    `reading the file took longer than the ${budgetMs} ms allowed; it is probably damaged or unusually complex`,
  );
}

/**
 * Settles with `work` or rejects when the deadline passes, whichever comes first. A library
 * stuck in an await never settles; `onTimeout` lets the caller release what it holds.
 */
export async function raceDeadline<T>(work: Promise<T>, deadline: Deadline, onTimeout?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(timeBudgetExceeded(deadline.budgetMs));
    }, deadline.remainingMs);
    timer.unref?.();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    // The losing promise may still reject later; nobody is listening by then.
    work.catch(() => undefined);
  }
}

export function textTooLong(length: number, limit: number): UnprocessableReportError {
  return new UnprocessableReportError(
    'too-large',
    `the file holds at least ${length} characters of text; the limit is ${limit} (a report is far shorter); split it and upload the parts`,
  );
}
