import { detectLanguage } from '../../../shared/domain/normalizer/language';
import { parse } from './helpers';

describe('language', () => {
  it('tells English from Vietnamese', () => {
    expect(detectLanguage('On the afternoon of January 11, the Standing Committee of the Provincial Party Committee held a conference.').language).toBe('en');
    expect(detectLanguage('Chiều 11/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị triển khai nhiệm vụ năm 2024.').language).toBe('vi');
  });

  it('keeps an English report English when it quotes Vietnamese names', () => {
    const text = 'Comrade Đặng Quốc Hoàn, Chairman of the Provincial People\'s Council, chaired the conference of the province and the districts on the development of Hải Dương.';
    expect(detectLanguage(text).language).toBe('en');
  });

  it('reads Vietnamese written without diacritics by its function words', () => {
    expect(parse('Sang 9/1, Ban Thuong vu Tinh uy to chuc hoi nghi tong ket cong tac dan van cua tinh va cac huyen.').language).toBe('vi');
    expect(detectLanguage('Sáng nay các đồng chí của tỉnh và huyện dự hội nghị').language).toBe('vi');
  });

  it('is not confident about a few words', () => {
    expect(detectLanguage('Hello').confident).toBe(false);
  });
});
