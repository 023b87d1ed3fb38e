import path from 'node:path';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import { parse } from './helpers';

describe('districts', () => {
  it('finds units in English and Vietnamese, with or without diacritics', () => {
    expect(parse('Leaders of Thanh Ha District, Chi Linh City and Kinh Mon Town attended.').districts).toEqual(['thanh-ha', 'chi-linh', 'kinh-mon']);
    expect(parse('Đại diện huyện Tứ Kỳ, huyện Gia Lộc và thị xã Kinh Môn dự.').districts).toEqual(['tu-ky', 'gia-loc', 'kinh-mon']);
    expect(parse('Dai dien huyen Tu Ky va Binh Giang du hoi nghi.').districts).toEqual(['tu-ky', 'binh-giang']);
  });

  it('reads names in a list of communes or wards as those communes, not the districts of the same name', () => {
    expect(parse('On June 10, the Chi Linh City Party Committee held a conference. The new wards and communes of the city include Le Dai Hanh, Chu Van An, Kim Thanh and Thanh Ha.', '2025-06-11').districts).toEqual(['chi-linh']);
    expect(parse('Chiều 10/6, Thành ủy Chí Linh tổ chức hội nghị. Các phường, xã mới của thành phố gồm: Lê Đại Hành, Chu Văn An, Kim Thành và Thanh Hà.', '2025-06-11').districts).toEqual(['chi-linh']);
    // A list of districts, or a kind that is not the list's, still names the districts.
    expect(parse('Sáng 10/6, Tỉnh ủy tổ chức hội nghị với lãnh đạo các huyện Kim Thành, Thanh Hà và Nam Sách.', '2024-06-11').districts).toEqual(['kim-thanh', 'thanh-ha', 'nam-sach']);
    expect(parse('Sáng 10/6, Tỉnh ủy tổ chức hội nghị. Dự có lãnh đạo các xã Nam Hưng; huyện Kim Thành, Thanh Hà.', '2024-06-11').districts).toEqual(['kim-thanh', 'thanh-ha']);
    expect(parse('Sáng 10/6, UBND tỉnh làm việc với các xã. Lãnh đạo Kim Thành, Thanh Hà báo cáo kết quả.', '2024-06-11').districts).toEqual(['kim-thanh', 'thanh-ha']);
  });

  it('reads "Hai Duong" alone as the province, not the city', () => {
    expect(parse('Hai Duong attracted investment; the Hai Duong Department of Finance reported.').districts).toEqual([]);
    expect(parse('Tỉnh Hải Dương và các tỉnh lân cận như Hải Dương, Thái Bình.').districts).toEqual([]);
  });

  it('reads the city when it is written as a city', () => {
    expect(parse('The representative of Hai Duong City spoke.').districts).toEqual(['hai-duong-city']);
    expect(parse('UBND thành phố Hải Dương và TP Hải Dương; Bí thư Thành ủy Hải Dương.').districts).toEqual(['hai-duong-city']);
  });

  it('does not take Thanh Hoa (a province) for Thanh Ha', () => {
    expect(parse('Distributors from Hanoi, Quang Ninh and Thanh Hoa signed contracts.').districts).toEqual([]);
    expect(parse('Một đoàn cán bộ tỉnh Thanh Hóa đến thăm.').districts).toEqual([]);
  });

  it('does not take a unit name inside a person\'s name', () => {
    const record = parse('Bà Nguyễn Thị Thanh Hà, Phó Chủ tịch UBND tỉnh, dự hội nghị.');
    expect(record.people.map((p) => p.name)).toEqual(['Nguyễn Thị Thanh Hà']);
    expect(record.districts).toEqual([]);
  });

  it('reads "the city of X" and "the town of X"', () => {
    expect(parse('Delegates from the city of Hai Duong and the town of Kinh Mon attended.').districts).toEqual(['hai-duong-city', 'kinh-mon']);
  });

  it('does not take a unit inside a name even when the name has no title', () => {
    expect(parse('Pham Thanh Ha said the plan was met.').districts).toEqual([]);
  });

  it('reads every unit of a ranked list whose names are followed by counts', () => {
    expect(parse('Sáng 8/3, Tỉnh ủy tổ chức lễ trao Huy hiệu Đảng. Nhiều nhất là Đảng bộ huyện Nam Sách 210 người, tiếp đến là Đảng bộ huyện Cẩm Giàng 95 người, Đảng bộ thị xã Kinh Môn 1.020 đảng viên.', '2024-03-10').districts).toEqual(['nam-sach', 'cam-giang', 'kinh-mon']);
    expect(parse('On March 8, the provincial Party Committee presented Party badges. Nam Sach District led with 210 members, followed by Cam Giang District 95 members and Kinh Mon Town 1,020 people.', '2024-03-10').districts).toEqual(['nam-sach', 'cam-giang', 'kinh-mon']);
  });

  it('does not take a hometown for a unit of the story', () => {
    expect(parse('Sáng 12/3, Huyện ủy Tứ Kỳ tổ chức hội nghị. Ông Nguyễn Văn Hùng, quê huyện Gia Lộc, tỉnh Hải Dương, được bầu làm Bí thư Huyện ủy.', '2024-03-15').districts).toEqual(['tu-ky']);
    expect(parse('Sáng 12/3, Huyện ủy Tứ Kỳ tổ chức hội nghị. Ông Hùng sinh ra tại Thanh Hà, là thạc sĩ kinh tế.', '2024-03-15').districts).toEqual(['tu-ky']);
    expect(parse('Sáng 12/3, Huyện ủy Tứ Kỳ tổ chức hội nghị. Ông Hùng sinh năm 1972 tại Ninh Giang, là thạc sĩ kinh tế.', '2024-03-15').districts).toEqual(['tu-ky']);
    expect(parse('On March 12, the Tu Ky District Party Committee held a conference. Mr. Hung, born in 1972 in Ninh Giang district, holds a master of economics.', '2024-03-15').districts).toEqual(['tu-ky']);
    expect(parse('On March 12, the Tu Ky District Party Committee held a conference. Mr. Nguyen Van Hung, a native of Gia Loc district, was elected its Secretary.', '2024-03-15').districts).toEqual(['tu-ky']);
    // "quê hương" is the homeland the story is about, not a person's origin.
    expect(parse('Sáng 12/3, Huyện ủy Tứ Kỳ tổ chức hội nghị bàn việc xây dựng quê hương Gia Lộc.', '2024-03-15').districts).toEqual(['tu-ky', 'gia-loc']);
  });

  it('does not take a hometown for a ward of the merged city', () => {
    const hp = loadProvinceConfig(path.join(__dirname, '../../../config/hai-phong.json'));
    expect(parse('Chiều 3/8, Thành ủy Hải Phòng tổ chức hội nghị. Ông Trần Văn Tâm quê An Dương, TP Hải Phòng, giữ chức Phó Bí thư Thành ủy.', '2025-08-05', hp).districts).toEqual([]);
  });
});
