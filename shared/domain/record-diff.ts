import type { NormalizedReport } from './record';

/** One difference between two versions of a report, said in both languages. */
export interface ReportChange {
  readonly field: 'event.date' | 'event.kind' | 'title' | 'organizer' | 'documents' | 'districts' | 'people' | 'awards' | 'tasks';
  readonly description: { readonly en: string; readonly vi: string };
}

function setDifference(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const old = new Set(before);
  const now = new Set(after);
  return { added: after.filter((item) => !old.has(item)), removed: before.filter((item) => !now.has(item)) };
}

function listChange(
  field: ReportChange['field'],
  labels: { en: string; vi: string },
  before: readonly string[],
  after: readonly string[],
): ReportChange | null {
  const { added, removed } = setDifference(before, after);
  if (added.length === 0 && removed.length === 0) return null;
  const part = (verbEn: string, verbVi: string, items: string[]) =>
    items.length ? { en: `${verbEn} ${items.join(', ')}`, vi: `${verbVi} ${items.join(', ')}` } : null;
  const pieces = [part('added', 'thêm', added), part('removed', 'bỏ', removed)].filter(
    (piece): piece is { en: string; vi: string } => piece !== null,
  );
  return {
    field,
    description: {
      en: `${labels.en}: ${pieces.map((piece) => piece.en).join('; ')}`,
      vi: `${labels.vi}: ${pieces.map((piece) => piece.vi).join('; ')}`,
    },
  };
}

/** What changed between two versions, in the order an office cares about. */
export function diffReports(before: NormalizedReport, after: NormalizedReport): ReportChange[] {
  const changes: (ReportChange | null)[] = [];
  if (before.event.date !== after.event.date) {
    changes.push({
      field: 'event.date',
      description: {
        en: `event date: ${before.event.date ?? 'unknown'} -> ${after.event.date ?? 'unknown'}`,
        vi: `ngày diễn ra: ${before.event.date ?? 'không rõ'} -> ${after.event.date ?? 'không rõ'}`,
      },
    });
  }
  if (before.event.kind !== after.event.kind) {
    changes.push({
      field: 'event.kind',
      description: { en: `event kind: ${before.event.kind} -> ${after.event.kind}`, vi: `loại sự kiện: ${before.event.kind} -> ${after.event.kind}` },
    });
  }
  if (before.organizer !== after.organizer) {
    changes.push({
      field: 'organizer',
      description: {
        en: `organizer: ${before.organizer ?? 'unknown'} -> ${after.organizer ?? 'unknown'}`,
        vi: `đơn vị tổ chức: ${before.organizer ?? 'không rõ'} -> ${after.organizer ?? 'không rõ'}`,
      },
    });
  }
  changes.push(
    listChange('documents', { en: 'documents', vi: 'văn bản' }, before.documents.map((d) => d.code), after.documents.map((d) => d.code)),
    listChange('districts', { en: 'units concerned', vi: 'đơn vị liên quan' }, before.districts, after.districts),
    listChange('people', { en: 'people', vi: 'đại biểu' }, before.people.map((p) => p.name), after.people.map((p) => p.name)),
    listChange(
      'awards',
      { en: 'awards', vi: 'khen thưởng' },
      before.awards.map((a) => `${a.count ?? '?'} ${a.recipient} ${a.award}`),
      after.awards.map((a) => `${a.count ?? '?'} ${a.recipient} ${a.award}`),
    ),
  );
  if (before.title !== after.title) {
    changes.push({ field: 'title', description: { en: `title: "${after.title}"`, vi: `tiêu đề: "${after.title}"` } });
  }
  const tasks = setDifference(before.tasks, after.tasks);
  if (tasks.added.length || tasks.removed.length) {
    changes.push({
      field: 'tasks',
      description: {
        en: `tasks: ${tasks.added.length} added, ${tasks.removed.length} removed`,
        vi: `nhiệm vụ: thêm ${tasks.added.length}, bỏ ${tasks.removed.length}`,
      },
    });
  }
  return changes.filter((change): change is ReportChange => change !== null);
}
