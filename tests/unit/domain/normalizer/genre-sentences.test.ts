/**
 * The generalization check of people, titles and awards: sentences of the genre written for
 * this test (not taken from any corpus), in both languages, each with what a reader takes
 * from it. Each row is one way real reports say who held which office or who received what.
 */
import { extractAwards } from '../../../../shared/domain/normalizer/awards';
import { extractPeople } from '../../../../shared/domain/normalizer/people';
import { analyse } from '../../../../shared/domain/normalizer/tokens';

type Language = 'vi' | 'en';

function read(text: string, language: Language) {
  const doc = analyse(text);
  const people = extractPeople(doc, [], language);
  const awards = extractAwards(doc, 2024, language, people.mentions);
  return {
    people: people.people.map(({ name, roles }) => `${name}: ${roles.join(' | ')}`),
    awards: awards.awards.map(({ count, recipient, award }) => `${count} ${recipient} ${award}`),
  };
}

const ROLES: readonly (readonly [Language, string, readonly string[]])[] = [
  ['vi', 'Dự hội nghị có đồng chí Mẫn Văn Tiến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.', ['Mẫn Văn Tiến: Ủy viên Ban Thường vụ Tỉnh ủy | Trưởng Ban Dân vận Tỉnh ủy']],
  ['vi', 'Đồng chí Thái Văn Hùng được bầu giữ chức Chủ tịch UBND xã nhiệm kỳ 2021-2026.', ['Thái Văn Hùng: Chủ tịch UBND xã']],
  ['vi', 'Với 100% phiếu tán thành, bà Kiều Thị Nga tái đắc cử Chủ tịch Hội Liên hiệp Phụ nữ huyện.', ['Kiều Thị Nga: Chủ tịch Hội Liên hiệp Phụ nữ huyện']],
  ['vi', 'Đại tá Chu Văn Định, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh báo cáo tại hội nghị.', ['Chu Văn Định: Đại tá | Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh']],
  ['vi', 'Thiếu tướng Doãn Minh Khôi - Giám đốc Công an tỉnh phát biểu.', ['Doãn Minh Khôi: Thiếu tướng | Giám đốc Công an tỉnh']],
  ['vi', 'Phó Chủ tịch UBND tỉnh Tăng Văn Lực kết luận buổi làm việc.', ['Tăng Văn Lực: Phó Chủ tịch UBND tỉnh']],
  ['vi', 'Dự có đ/c Ninh Thị Hòa - PBT Thường trực Huyện ủy, Chủ tịch HĐND huyện.', ['Ninh Thị Hòa: PBT Thường trực Huyện ủy | Chủ tịch HĐND huyện']],
  ['vi', 'Các đồng chí Phó Bí thư Huyện ủy: Kim Văn Toản, Đàm Thị Lụa cùng dự.', ['Kim Văn Toản: Phó Bí thư Huyện ủy', 'Đàm Thị Lụa: Phó Bí thư Huyện ủy']],
  ['vi', 'Hội nghị có Bí thư Đảng ủy xã là ông Hứa Văn Bình.', ['Hứa Văn Bình: Bí thư Đảng ủy xã']],
  ['vi', 'Ông Mạc Đình Lâm, nguyên Chủ tịch UBND huyện, hiện là Chủ tịch Hội Cựu chiến binh huyện.', ['Mạc Đình Lâm: nguyên Chủ tịch UBND huyện | Chủ tịch Hội Cựu chiến binh huyện']],
  ['vi', 'Giám đốc Sở Tài chính, ông Lạc Văn Thành cho biết ngân sách đã được phân bổ.', ['Lạc Văn Thành: Giám đốc Sở Tài chính']],
  ['vi', 'Trung tướng Quản Văn Mạnh, Phó Tư lệnh Quân khu và Đại tá Từ Văn Khải, Chính ủy Bộ Chỉ huy Quân sự tỉnh tặng quà.', ['Quản Văn Mạnh: Trung tướng | Phó Tư lệnh Quân khu', 'Từ Văn Khải: Đại tá | Chính ủy Bộ Chỉ huy Quân sự tỉnh']],
  ['vi', 'Dự có Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lã Văn Quyết; Trưởng Ban Tổ chức Tỉnh ủy Cù Thị Hạnh.', ['Lã Văn Quyết: Phó Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh', 'Cù Thị Hạnh: Trưởng Ban Tổ chức Tỉnh ủy']],
  ['vi', 'Đồng chí Thạch Văn Sang (thứ 2 từ trái sang), Bí thư Chi bộ thôn trao quà.', ['Thạch Văn Sang: Bí thư Chi bộ thôn']],
  ['en', 'Attending were Mai Van Chinh, member of the Party Central Committee and Secretary of the provincial Party Committee, and Chu Thi Lan, Chairwoman of the provincial People\'s Council.', ['Mai Van Chinh: member of the Party Central Committee | Secretary of the provincial Party Committee', 'Chu Thi Lan: Chairwoman of the provincial People\'s Council']],
  ['en', 'Mr. Ha Van Quy was re-elected as Chairman of the provincial Farmers\' Association for the 2023-2028 term.', ['Ha Van Quy: Chairman of the provincial Farmers\' Association']],
  ['en', 'Lieutenant General Kieu Van Hai, Deputy Minister of Public Security, led the delegation.', ['Kieu Van Hai: Lieutenant General | Deputy Minister of Public Security']],
  ['en', 'PPC Vice Chairwoman Luu Thi Mai chaired the meeting.', ['Luu Thi Mai: PPC Vice Chairwoman']],
  ['en', 'Also present were Party Central Committee members Bach Van Tung and Dam Quoc Viet.', ['Bach Van Tung: Party Central Committee members', 'Dam Quoc Viet: Party Central Committee members']],
  ['en', 'The Vice Chairman of the district People\'s Committee, Mr. Giap Van Son, said the road would open soon.', ['Giap Van Son: Vice Chairman of the district People\'s Committee']],
  ['en', 'Ms. Ton Nu Ha spoke first. At the 2020 congress, she was elected a member of the provincial Party Standing Board.', ['Ton Nu Ha: member of the provincial Party Standing Board']],
  ['en', 'Attending were Politburo member Lam Quoc Bao and Deputy Secretary of the provincial Party Committee, Chairman of the provincial People\'s Committee Vuong Dinh Hue.', ['Lam Quoc Bao: Politburo member', 'Vuong Dinh Hue: Deputy Secretary of the provincial Party Committee | Chairman of the provincial People\'s Committee']],
  ['vi', 'Chủ trì hội nghị có các đồng chí: Vi Văn Hưng, Bí thư Huyện ủy; Sầm Thị Thu, Phó Bí thư Thường trực Huyện ủy.', ['Vi Văn Hưng: Bí thư Huyện ủy', 'Sầm Thị Thu: Phó Bí thư Thường trực Huyện ủy']],
  ['vi', 'Đồng chí Lục Minh Tuấn, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Phó Bí thư Tỉnh ủy phát biểu.', ['Lục Minh Tuấn: Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng | Phó Bí thư Tỉnh ủy']],
  ['vi', 'Hội đồng nhân dân tỉnh đã bầu ông Đoàn Văn Việt giữ chức Chủ tịch UBND tỉnh.', ['Đoàn Văn Việt: Chủ tịch UBND tỉnh']],
  ['vi', 'Thượng tướng Lê Quốc Hùng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an dự lễ.', ['Lê Quốc Hùng: Thượng tướng | Ủy viên Trung ương Đảng | Thứ trưởng Bộ Công an']],
  ['vi', 'Bà Ngô Thị Hà, Chủ tịch Hội Nông dân xã kiêm Giám đốc Hợp tác xã nông nghiệp cho biết.', ['Ngô Thị Hà: Chủ tịch Hội Nông dân xã | Giám đốc Hợp tác xã nông nghiệp']],
  ['vi', 'Đồng chí Đinh Quang Vinh được Ban Chấp hành bầu làm Bí thư Đảng ủy phường.', ['Đinh Quang Vinh: Bí thư Đảng ủy phường']],
  ['vi', 'Trao quyết định cho đồng chí Phan Thị Mỹ, Phó Chủ tịch UBMTTQ tỉnh.', ['Phan Thị Mỹ: Phó Chủ tịch UBMTTQ tỉnh']],
  ['vi', 'Chủ tịch Ủy ban MTTQ Việt Nam huyện Hồ Văn Nam trao quà cho hộ nghèo.', ['Hồ Văn Nam: Chủ tịch Ủy ban MTTQ Việt Nam huyện']],
  ['en', 'Truong Thi Ngoc Anh, Vice Chairwoman of the Vietnam Fatherland Front Central Committee, spoke at the meeting.', ['Truong Thi Ngoc Anh: Vice Chairwoman of the Vietnam Fatherland Front Central Committee']],
  ['en', 'Colonel Do Van Minh, Political Commissar of the provincial Military Command, and Senior Colonel Vu Duc Tam, Director of the provincial Police, attended.', ['Do Van Minh: Colonel | Political Commissar of the provincial Military Command', 'Vu Duc Tam: Senior Colonel | Director of the provincial Police']],
  ['en', 'The provincial People\'s Council elected Nguyen Van Quang as Vice Chairman of the provincial People\'s Committee.', ['Nguyen Van Quang: Vice Chairman of the provincial People\'s Committee']],
  ['en', 'Politburo member, Chairman of the National Assembly Tran Thanh Man chaired the session.', ['Tran Thanh Man: Politburo member | Chairman of the National Assembly']],
  ['en', 'Attending were Vu Thanh Son, Secretary of Provincial Party Committee; Vice Chairmen of Provincial People\'s Council and 40 deputies.', ['Vu Thanh Son: Secretary of Provincial Party Committee']],
  ['en', 'Attending were comrades: Tong Van Nha, Vice Chairman of the People\'s Council of Xieng Khouang; Bui Van Kien, Vice Chairman of the Provincial People\'s Council of Luang Prabang.', ['Tong Van Nha: Vice Chairman of the People\'s Council of Xieng Khouang', 'Bui Van Kien: Vice Chairman of the Provincial People\'s Council of Luang Prabang']],
  ['en', 'The meeting elected Khuat Van Tu, Deputy Head of the Provincial Party Organization Committee, as Member of the Provincial Party Inspection Committee term 11th.', ['Khuat Van Tu: Deputy Head of the Provincial Party Organization Committee | Member of the Provincial Party Inspection Committee']],
  ['en', 'Provincial Party Secretary Hoang Van Son opened the meeting. Hoang Van Son, Secretary of the Provincial Party Committee, asked for faster work.', ['Hoang Van Son: Provincial Party Secretary']],
  ['en', 'Chairman of the provincial People\'s Committee Lam Van Do spoke. Lam Van Do, Chairman of the provincial People\'s Council, also attended.', ['Lam Van Do: Chairman of the provincial People\'s Committee | Chairman of the provincial People\'s Council']],
  ['vi', 'Lễ kỷ niệm ngày sinh Tổng Bí thư Trần Phú và Đại tướng Võ Nguyên Giáp có Bí thư Huyện ủy Nghiêm Văn Lộc dự.', ['Nghiêm Văn Lộc: Bí thư Huyện ủy']],
  ['en', 'The ceremony marked the birth anniversary of General Vo Nguyen Giap; Deputy Prime Minister Ly Van Hoang attended.', ['Ly Van Hoang: Deputy Prime Minister']],
  ['vi', 'Ông Lương Văn Thiện, Bí thư chi bộ thôn Hạ cho biết bà con đã hiến đất làm đường.', ['Lương Văn Thiện: Bí thư chi bộ thôn Hạ']],
  ['vi', 'Bà Cao Thị Huệ, Hiệu trưởng Trường Tiểu học Nguyễn Trãi chia sẻ kinh nghiệm.', ['Cao Thị Huệ: Hiệu trưởng Trường Tiểu học Nguyễn Trãi']],
  ['vi', 'Ông Tạ Văn Lợi, Phó Giám đốc phụ trách Sở Công Thương báo cáo tình hình.', ['Tạ Văn Lợi: Phó Giám đốc phụ trách Sở Công Thương']],
  ['en', 'Mr. Hua Van Tien, head of Lang hamlet, said residents donated land.', ['Hua Van Tien: head of Lang hamlet']],
  ['en', 'Ms. Dinh Thi Thu, director of the province\'s Department of Health, spoke.', ['Dinh Thi Thu: director of the province\'s Department of Health']],
  ['en', 'Mr. Quach Van Hoa, who is also head of the Organizing Committee of the Spring Festival, chaired the meeting.', ['Quach Van Hoa: head of the Organizing Committee of the Spring Festival']],
  ['en', 'Le Van Khoa, a farmer in Dong Tam commune, said the new canal had doubled his rice yield.', ['Le Van Khoa: ']],
  ['en', 'The road is finished, according to Pham Thi Nguyet, a resident of the hamlet.', ['Pham Thi Nguyet: ']],
  ['en', 'Tran Hung Dao Street was repaved last year, the committee said.', []],
  ['vi', 'Các đồng chí: Lù Văn Páo, UV BTV Tỉnh ủy, Phó Chủ tịch TT HĐND tỉnh; Hà Thị Nhàn, Phó Chủ tịch HĐND tỉnh chủ trì hội nghị.', ['Lù Văn Páo: UV BTV Tỉnh ủy | Phó Chủ tịch TT HĐND tỉnh', 'Hà Thị Nhàn: Phó Chủ tịch HĐND tỉnh']],
  ['vi', 'Ông Phí Văn Hậu - Chủ tịch Hội Luật gia và ông Âu Văn Lực - Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh đồng chủ trì hội nghị.', ['Phí Văn Hậu: Chủ tịch Hội Luật gia', 'Âu Văn Lực: Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh']],
  ['en', 'Attending were Nong Van Chi, Secretary of the district Party Committee and members of the Standing Board.', ['Nong Van Chi: Secretary of the district Party Committee']],
  ['vi', 'Ông Quách Văn Duy, Phó Chủ tịch UBND xã thông báo kết quả rà soát hộ nghèo.', ['Quách Văn Duy: Phó Chủ tịch UBND xã']],
  ['vi', 'Bà Lê Thị Thoa, Chủ tịch Hội Phụ nữ huyện tổ chức trao quà cho hội viên.', ['Lê Thị Thoa: Chủ tịch Hội Phụ nữ huyện']],
  ['vi', 'Ông Bạch Văn Phúc, Chủ tịch UBND xã Tân Lập triển khai kế hoạch năm 2024.', ['Bạch Văn Phúc: Chủ tịch UBND xã Tân Lập']],
  ['vi', 'Bà Vàng Thị Sua, Chủ tịch Hội Nông dân xã kiêm Giám đốc Hợp tác xã nông nghiệp cho biết.', ['Vàng Thị Sua: Chủ tịch Hội Nông dân xã | Giám đốc Hợp tác xã nông nghiệp']],
  ['vi', 'Ông Trịnh Văn Lực, Bí thư Huyện ủy thông báo quyết định của Ban Thường vụ Tỉnh ủy.', ['Trịnh Văn Lực: Bí thư Huyện ủy']],
  ['vi', 'Bà Phùng Thị Lan, Giám đốc Sở Tài chính tổ chức hội nghị tập huấn.', ['Phùng Thị Lan: Giám đốc Sở Tài chính']],
  ['vi', 'Ông Nông Văn Tài, Chủ tịch UBND triển khai nhiệm vụ năm 2025.', ['Nông Văn Tài: Chủ tịch UBND']],
  ['vi', 'Ông Hồ Văn Sáu, Chủ tịch Hội Người cao tuổi xã cho biết.', ['Hồ Văn Sáu: Chủ tịch Hội Người cao tuổi xã']],
  ['vi', 'Ông Đào Văn Thịnh, Phó Chủ tịch Ủy ban nhân dân tỉnh kiểm tra công trình.', ['Đào Văn Thịnh: Phó Chủ tịch Ủy ban nhân dân tỉnh']],
  ['vi', 'Tham dự hội nghị có đồng chí Hoàng Trung Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Võ Trọng Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.', ['Hoàng Trung Dũng: Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy', 'Võ Trọng Hải: Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh']],
  ['vi', 'Đại tá Lê Hồng Nam, Giám đốc Công an tỉnh được thăng hàm Thiếu tướng.', ['Lê Hồng Nam: Đại tá | Giám đốc Công an tỉnh']],
  ['vi', 'Ông Nguyễn Văn Phước, Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện cho biết.', ['Nguyễn Văn Phước: Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện']],
  ['vi', 'Chủ trì buổi làm việc có đồng chí Trần Quốc Tỏ, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh.', ['Trần Quốc Tỏ: Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy | Trưởng Đoàn ĐBQH tỉnh']],
  ['vi', 'Đồng chí Phạm Thị Thanh Trà được Quốc hội phê chuẩn bổ nhiệm giữ chức Bộ trưởng Bộ Nội vụ.', ['Phạm Thị Thanh Trà: Bộ trưởng Bộ Nội vụ']],
  ['vi', 'Các đồng chí Ủy viên Ban Thường vụ Huyện ủy cùng dự.', []],
  ['vi', 'Ông Lê Văn Thọ - Bí thư Đảng ủy, Chủ tịch HĐND phường phát biểu khai mạc.', ['Lê Văn Thọ: Bí thư Đảng ủy | Chủ tịch HĐND phường']],
  ['vi', 'Trưởng Ban Nội chính Tỉnh ủy Nguyễn Quang Dương báo cáo kết quả.', ['Nguyễn Quang Dương: Trưởng Ban Nội chính Tỉnh ủy']],
  ['en', 'Politburo member and Permanent Deputy Prime Minister Nguyen Hoa Binh attended the ceremony.', ['Nguyen Hoa Binh: Politburo member | Permanent Deputy Prime Minister']],
  ['en', 'Speaking at the event, Le Quoc Phong, Secretary of the Dong Thap provincial Party Committee, praised the efforts.', ['Le Quoc Phong: Secretary of the Dong Thap provincial Party Committee']],
  ['en', 'Senior Lieutenant General Luong Tam Quang, Minister of Public Security, chaired the conference.', ['Luong Tam Quang: Senior Lieutenant General | Minister of Public Security']],
  ['en', 'Ms. Nguyen Thi Thu Ha, Vice Chairwoman of the provincial People\'s Council, delivered the opening speech.', ['Nguyen Thi Thu Ha: Vice Chairwoman of the provincial People\'s Council']],
  ['en', 'Deputy Secretaries of the provincial Party Committee Tran Van Son and Le Thi Hoa also attended.', ['Tran Van Son: Deputy Secretaries of the provincial Party Committee', 'Le Thi Hoa: Deputy Secretaries of the provincial Party Committee']],
  ['en', 'He was appointed Director of the provincial Department of Finance in 2020.', []],
  ['vi', 'Đến dự có các đồng chí: Đặng Xuân Phong, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Trịnh Xuân Trường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Vũ Xuân Cường, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.', ['Đặng Xuân Phong: Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy', 'Trịnh Xuân Trường: Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh', 'Vũ Xuân Cường: Phó Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh']],
  ['vi', 'Phát biểu tại đại hội, Thiếu tướng Nguyễn Văn Long, Thứ trưởng Bộ Công an đánh giá cao kết quả.', ['Nguyễn Văn Long: Thiếu tướng | Thứ trưởng Bộ Công an']],
  ['vi', 'Đồng chí Hoàng Văn Thắng, Chánh Văn phòng Tỉnh ủy đọc quyết định.', ['Hoàng Văn Thắng: Chánh Văn phòng Tỉnh ủy']],
  ['vi', 'Với số phiếu tuyệt đối, đồng chí Lý Thị Lan được bầu giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Minh Tân.', ['Lý Thị Lan: Chủ tịch Ủy ban MTTQ Việt Nam xã Minh Tân']],
  ['vi', 'Ông Đỗ Đức Duy, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tài nguyên và Môi trường dự và phát biểu.', ['Đỗ Đức Duy: Ủy viên Trung ương Đảng | Bộ trưởng Bộ Tài nguyên và Môi trường']],
  ['vi', 'Bà Hà Thị Nga, Ủy viên Trung ương Đảng, Chủ tịch Hội LHPN Việt Nam trao quà cho hội viên.', ['Hà Thị Nga: Ủy viên Trung ương Đảng | Chủ tịch Hội LHPN Việt Nam']],
  ['en', 'Attending the event were Deputy Prime Minister Tran Luu Quang, Minister of Construction Nguyen Thanh Nghi and Secretary of the provincial Party Committee Do Trong Hung.', ['Tran Luu Quang: Deputy Prime Minister', 'Nguyen Thanh Nghi: Minister of Construction', 'Do Trong Hung: Secretary of the provincial Party Committee']],
  ['en', 'Major General Tran Minh Tuan, Deputy Commander of the Capital High Command, spoke at the ceremony.', ['Tran Minh Tuan: Major General | Deputy Commander of the Capital High Command']],
  ['en', 'Nguyen Van Duoc was elected Secretary of the municipal Party Committee for the 2025-2030 term.', ['Nguyen Van Duoc: Secretary of the municipal Party Committee']],
  ['en', 'Also present were Vice Chairman of the provincial People\'s Committee Hoang Giang and Chairwoman of the provincial Women\'s Union Nguyen Thi Thu.', ['Hoang Giang: Vice Chairman of the provincial People\'s Committee', 'Nguyen Thi Thu: Chairwoman of the provincial Women\'s Union']],
];

const AWARDS: readonly (readonly [Language, string, readonly string[]])[] = [
  ['vi', 'Dịp này, UBND tỉnh tặng Bằng khen cho 14 tập thể và 27 cá nhân có thành tích xuất sắc.', ['14 collective certificate of merit', '27 individual certificate of merit']],
  ['vi', 'Tại hội nghị, Ban Thường vụ Huyện ủy tặng Giấy khen cho 9 tổ chức cơ sở đảng, 16 đảng viên.', ['9 collective certificate of commendation', '16 individual certificate of commendation']],
  ['vi', 'Nhân dịp này, 11 tập thể, 23 cá nhân được Chủ tịch UBND huyện tặng Giấy khen.', ['11 collective certificate of commendation', '23 individual certificate of commendation']],
  ['vi', 'Trung ương Hội trao Cờ thi đua cho 2 đơn vị; Ủy ban MTTQ tỉnh tặng Bằng khen cho 4 tập thể, 8 cá nhân.', ['2 collective emulation flag', '4 collective certificate of merit', '8 individual certificate of merit']],
  ['vi', 'Thị xã vinh dự đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước.', ['1 collective medal']],
  ['vi', 'Đồng chí Phó Chủ tịch UBND tỉnh trao Bằng khen của UBND tỉnh cho các tập thể, cá nhân tiêu biểu.', ['null collective certificate of merit', 'null individual certificate of merit']],
  ['vi', 'Đồng chí Bí thư Đảng ủy trao Huy hiệu 30, 40, 45 năm tuổi Đảng cho 22 đảng viên.', ['22 individual party membership badge']],
  ['vi', 'Hội nghị thống nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 3 tập thể.', []],
  ['vi', 'Nhiều năm liền, Đảng bộ xã được Ban Thường vụ Huyện ủy tặng Giấy khen.', []],
  ['vi', 'Đảng bộ phường đã 2 lần được Chủ tịch nước tặng Huân chương Lao động.', []],
  ['vi', 'Qua 5 năm thực hiện, 18 tập thể và 30 cá nhân được UBND huyện tặng Giấy khen.', []],
  ['vi', 'Dịp này, Ban Thường vụ Thị ủy trao thư biểu dương cho 15 tập thể và 40 cá nhân.', ['15 collective commendation', '40 individual commendation']],
  ['en', 'On this occasion, the PPC presented certificates of merit to 13 collectives and 21 individuals.', ['13 collective certificate of merit', '21 individual certificate of merit']],
  ['en', 'Seventeen units and 25 individuals received certificates of commendation from the district People\'s Committee.', ['17 collective certificate of commendation', '25 individual certificate of commendation']],
  ['en', 'The State President presented the third-class Labour Order to the provincial General Hospital.', ['1 collective medal']],
  ['en', 'The Central Committee presented certificates of merit to 2 collectives and 5 individuals, and the provincial Youth Union gave certificates of commendation to 12 members.', ['2 collective certificate of merit', '5 individual certificate of merit', '12 individual certificate of commendation']],
  ['en', 'The meeting agreed to propose that the Prime Minister award certificates of merit to 4 collectives.', []],
  ['en', 'In 2019, the commune was awarded an emulation flag by the PPC.', []],
  ['en', 'The Fatherland Defence Order and certificates of merit were also presented at the ceremony.', []],
  ['en', 'On this occasion, the provincial Party Secretary presented 30-year Party membership badges to 19 Party members.', ['19 individual party membership badge']],
  ['vi', 'Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 07 tập thể, 12 cá nhân; Ban Thường vụ Huyện Đoàn tặng Giấy khen cho 20 đoàn viên.', ['7 collective certificate of commendation', '12 individual certificate of commendation', '20 individual certificate of commendation']],
  ['vi', 'Tại buổi lễ, Công ty vinh dự đón nhận Cờ thi đua của Chính phủ.', ['1 collective emulation flag']],
  ['vi', 'Dịp này, Chủ tịch nước truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho 3 mẹ.', ['3 individual honorary title']],
  ['vi', 'Năm 2020, huyện được công nhận đạt chuẩn nông thôn mới.', []],
  ['vi', 'Đồng chí Bí thư Tỉnh ủy trao Huân chương Lao động hạng Ba cho 2 cá nhân và Bằng khen của Thủ tướng Chính phủ cho 5 tập thể.', ['2 individual medal', '5 collective certificate of merit']],
  ['vi', 'Dịp này, Ủy ban MTTQ huyện biểu dương 12 tập thể và 26 cá nhân tiêu biểu.', ['12 collective commendation', '26 individual commendation']],
  ['vi', 'Tại hội nghị, 30 hộ gia đình được UBND xã biểu dương.', ['30 collective commendation']],
  ['en', 'On this occasion, 16 outstanding teachers were presented with certificates of merit by the Minister.', ['16 individual certificate of merit']],
  ['en', 'The district received the second-class Labour Order at the ceremony.', ['1 collective medal']],
  ['en', 'At the ceremony, the Vice President presented the "Heroic Vietnamese Mother" title to four mothers.', ['4 individual honorary title']],
  ['en', 'The provincial People\'s Committee will present emulation flags to leading units next week.', []],
  ['en', 'At the event, certificates of merit were awarded to 12 collectives and 34 individuals.', ['12 collective certificate of merit', '34 individual certificate of merit']],
  ['en', 'Over the past term, the association received the Labour Order and many certificates of merit.', []],
  ['vi', 'Đợt này có 52 đảng viên được trao Huy hiệu Đảng, gồm 4 đảng viên được trao Huy hiệu 60 năm tuổi Đảng, 18 đảng viên được trao Huy hiệu 40 năm tuổi Đảng và 30 đảng viên được trao Huy hiệu 30 năm tuổi Đảng.', ['52 individual party membership badge']],
  ['vi', 'Tại buổi lễ, Đảng ủy xã trao Huy hiệu Đảng cho 19 đảng viên. Đồng chí Bí thư trao Huy hiệu 50 năm tuổi Đảng cho 3 đảng viên; Huy hiệu 40 năm tuổi Đảng cho 16 đảng viên.', ['19 individual party membership badge']],
  ['en', 'The PPC Chairman presents a certificate of merit to Trieu Thi Ngan\nDelegates attend the ceremony.', ['1 individual certificate of merit']],
  ['en', 'The Party Cell of the Land Fund has been awarded a certificate of merit by the provincial Party Standing Committee for 5 consecutive years from 2018-2022.', []],
  ['vi', 'Chi bộ Quỹ Đầu tư được Ban Thường vụ Tỉnh ủy tặng Bằng khen 3 năm liên tục (2020-2022).', []],
  ['vi', 'Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 11 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ 5 năm liền (2019-2023).', ['11 collective certificate of commendation']],
  ['vi', 'Phó Chủ tịch UBND tỉnh trao Bằng khen của Thủ tướng Chính phủ cho Hợp tác xã Thành Công và bà Lục Thị Mơ.', ['1 individual certificate of merit', '1 collective certificate of merit']],
  ['en', 'The Deputy Minister presented certificates of merit to Vice Chairman Mai Van Toan and Colonel Lo Van Hung.', ['2 individual certificate of merit']],
  ['vi', 'Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc trong phong trào thi đua.', ['25 collective certificate of merit', '40 individual certificate of merit']],
  ['vi', 'Tại lễ kỷ niệm, Hội Nông dân tỉnh đón nhận Cờ thi đua của Chính phủ và Huân chương Lao động hạng Ba.', ['1 collective emulation flag', '1 collective medal']],
  ['vi', 'Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 8 tổ chức cơ sở đảng và 15 đảng viên hoàn thành xuất sắc nhiệm vụ tiêu biểu 5 năm liền.', ['8 collective certificate of merit', '15 individual certificate of merit']],
  ['vi', 'Nhân dịp này, UBND huyện tặng Giấy khen cho 06 tập thể và 11 cá nhân.', ['6 collective certificate of commendation', '11 individual certificate of commendation']],
  ['vi', 'Trước đó, năm 2021, Đảng bộ huyện vinh dự được tặng Huân chương Lao động hạng Nhì.', []],
  ['vi', 'Hội đồng Thi đua - Khen thưởng huyện sẽ xem xét, đề nghị khen thưởng các tập thể, cá nhân tiêu biểu.', []],
  ['en', 'On this occasion, the Prime Minister\'s certificates of merit were presented to 3 collectives and 6 individuals.', ['3 collective certificate of merit', '6 individual certificate of merit']],
  ['en', 'The provincial People\'s Committee presented emulation flags to 5 units and certificates of merit to 18 individuals.', ['5 collective emulation flag', '18 individual certificate of merit']],
  ['en', 'The school has received the third-class Labour Order and many certificates of merit over the past 20 years.', []],
  ['en', 'At the ceremony, 35 Party members received Party membership badges.', ['35 individual party membership badge']],
  ['vi', 'Dịp này, Bộ trưởng Bộ Công an tặng Bằng khen cho 4 tập thể, 9 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen cho 12 tập thể, 27 cá nhân.', ['4 collective certificate of merit', '9 individual certificate of merit', '12 collective certificate of commendation', '27 individual certificate of commendation']],
  ['vi', 'Thay mặt lãnh đạo tỉnh, đồng chí Chủ tịch UBND tỉnh trao Cờ thi đua của UBND tỉnh cho 3 đơn vị xuất sắc.', ['3 collective emulation flag']],
  ['vi', 'Năm 2015, xã được Chủ tịch nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.', []],
  ['vi', 'Ban Tổ chức đã trao giải thưởng cho 20 tác phẩm xuất sắc.', []],
  ['en', 'On the occasion, 12 outstanding collectives and 20 individuals were presented with certificates of commendation by the provincial Party Committee.', ['12 collective certificate of commendation', '20 individual certificate of commendation']],
  ['en', 'The Vice President presented the first-class Labour Order to the provincial Party Committee and the people of the province.', ['1 collective medal']],
  ['en', 'The district has been awarded the Labour Order three times.', []],
];

describe('people and titles in sentences of the genre', () => {
  it.each(ROLES)('%s: %s', (language, text, expected) => {
    expect(read(text, language).people).toEqual(expected);
  });
});

describe('awards in sentences of the genre', () => {
  it.each(AWARDS)('%s: %s', (language, text, expected) => {
    expect(read(text, language).awards).toEqual(expected);
  });
});
