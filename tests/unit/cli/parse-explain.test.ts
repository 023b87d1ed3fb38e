import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explainRecord } from '../../../shared/cli/explain';
import { main } from '../../../shared/cli/main';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import { normalizeReport } from '../../../shared/domain/normalizer';

async function run(...args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  const log = jest.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  try {
    return { code: await main(args), out: out.join('') };
  } finally {
    write.mockRestore();
    log.mockRestore();
  }
}

const TEXT = 'Hội nghị sơ kết quý I\n14/04/2021 18:19\nChiều 12/4, Ban Thường vụ Huyện ủy Gia Lộc tổ chức hội nghị sơ kết; đại diện huyện Tứ Kỳ dự.';

describe('reports parse --explain', () => {
  it('prints each routing field with its confidence and the quoted words it was read from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reports-explain-'));
    const file = join(dir, 'report.txt');
    writeFileSync(file, TEXT);
    const { code, out } = await run('parse', file, '--reference-date', '2026-11-01', '--explain');
    expect(code).toBe(0);
    expect(out).toMatch(/^event date\s+2021-04-12 afternoon, conference \(confidence 0\.\d\d\)$/m);
    expect(out).toContain('<- "12/4"');
    expect(out).toMatch(/^organizer\s+Ban Thường vụ Huyện ủy Gia Lộc \(confidence/m);
    expect(out).toContain('<- "Ban Thường vụ Huyện ủy Gia Lộc"');
    expect(out).toMatch(/^scope\s+district \(unit gia-loc\)/m);
    expect(out).toMatch(/^districts\s+gia-loc, tu-ky/m);
    expect(out).toContain('<- "huyện Tứ Kỳ"');
    // The stamp is the page's, not the event's: nowhere quoted as the date.
    expect(out).not.toContain('"14/04/2021');
  });

  it('says where the text gives no evidence', () => {
    const record = normalizeReport('Danh sách đi chợ: cà chua, trứng.', { referenceDate: '2024-01-01', config: loadProvinceConfig() });
    const text = explainRecord(record);
    expect(text).toMatch(/^organizer\s+\(unknown\)/m);
    expect(text).toMatch(/^province\s+\(unknown\)/m);
    expect(text).toContain('no evidence in the text');
  });
});
