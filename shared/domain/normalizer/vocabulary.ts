/**
 * Generic vocabulary of the genre: Vietnamese provinces, family names, honorifics,
 * titles and the words bodies are named with. Nothing here is specific to one report.
 */

/** Provinces and centrally run cities, as written in Vietnamese; English spellings match once diacritics are folded. */
export const PROVINCES: readonly string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre',
  'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cần Thơ', 'Cao Bằng', 'Đà Nẵng', 'Đắk Lắk',
  'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hanoi', 'Hà Tĩnh',
  'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang',
  'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái', 'Hồ Chí Minh', 'Đắc Lắc',
];

/** Common family names, with diacritics; an ASCII-only token is compared after folding. */
export const FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Lương', 'Đào', 'Đinh', 'Trịnh', 'Lưu', 'Tạ', 'Mai', 'Cao', 'Tô', 'Hà', 'Quách', 'Thái', 'Chu', 'Đoàn',
  'Vương', 'Phùng', 'Lâm', 'Tăng', 'Triệu', 'Kiều', 'Khúc', 'Giang', 'La', 'Lại', 'Lò', 'Mạc', 'Nghiêm', 'Nông',
  'Quản', 'Tiêu', 'Thạch', 'Thiều', 'Tống', 'Trương', 'Ứng', 'Văn', 'Vi', 'Âu', 'Bạch', 'Bế', 'Cù', 'Đàm', 'Điêu',
  'Diệp', 'Doãn', 'Giáp', 'Hán', 'Hầu', 'Hứa', 'Khổng', 'Khuất', 'Kim', 'Lạc', 'Lục', 'Mẫn', 'Nhâm', 'Ninh', 'Phí',
  'Phó', 'Sầm', 'Tất', 'Thân', 'Tiết', 'Từ', 'Vưu', 'Yên', 'Châu', 'Chung', 'Công', 'Lã', 'Lữ', 'Lường', 'Mã',
  'Ông', 'Quang', 'Sái', 'Tôn', 'Trang', 'Trình', 'Viên', 'Hoàng Đình', 'Hạ', 'Bành', 'Đồng', 'Đậu', 'Đoan',
];

/** Given-name syllables that start a name only in the shape of a family name. */
const AMBIGUOUS_FAMILY_NAMES = new Set(['văn', 'phó', 'công', 'quang', 'trang', 'viên', 'đồng', 'ông', 'giang', 'yên', 'ninh', 'kim', 'hoàng đình', 'chung', 'trình']);

export const FAMILY_NAME_SET: ReadonlySet<string> = new Set(
  FAMILY_NAMES.map((name) => name.toLowerCase()).filter((name) => !AMBIGUOUS_FAMILY_NAMES.has(name)),
);

/** Words that open a title, English. Longest first so that "Vice Chairman" wins over "Chairman". */
export const EN_TITLES: readonly string[] = [
  'Standing Deputy Secretary', 'Permanent Deputy Secretary', 'Permanent Vice Chairman', 'Permanent Vice Chairwoman',
  'Standing Vice Chairman', 'Standing Vice Chairwoman', 'Alternate Member', 'Standing Member', 'Deputy Secretary',
  'Deputy Secretaries', 'Vice Chairman', 'Vice Chairwoman', 'Vice Chairmen', 'Vice Chairwomen', 'Vice Chair',
  'Deputy Chairman', 'Deputy Chairwoman', 'Vice President', 'Vice Presidents', 'Deputy Head', 'Deputy Heads',
  'Deputy Director', 'Deputy Directors', 'Deputy Chief', 'Deputy Minister', 'Deputy Prime Minister', 'Prime Minister',
  'General Director', 'Director General', 'Deputy General Director', 'Editor-in-Chief', 'Chief Justice',
  'Chief Prosecutor', 'Chief of Office', 'Deputy Chief of Office', 'Chief Inspector', 'Political Commissar',
  'General Secretary', 'Party Secretary', 'Secretary', 'Secretaries', 'Chairman', 'Chairwoman', 'Chairperson',
  'Chairmen', 'Chair', 'Member', 'Members', 'Head', 'Heads', 'Director', 'Directors', 'Chief', 'Commander',
  'President', 'Minister', 'Principal', 'Rector', 'Governor', 'Deputy', 'Deputies', 'Inspector',
];

/** Words that open a title, Vietnamese (matched case-insensitively). */
export const VI_TITLES: readonly string[] = [
  'Phó Bí thư Thường trực', 'Phó Chủ tịch Thường trực', 'Ủy viên dự khuyết', 'Ủy viên', 'Uỷ viên', 'Tổng Bí thư',
  'Phó Bí thư', 'Bí thư', 'Phó Chủ tịch', 'Chủ tịch', 'Phó Trưởng', 'Trưởng', 'Phó Giám đốc', 'Tổng Giám đốc',
  'Giám đốc', 'Phó Chánh', 'Chánh', 'Phó Chủ nhiệm', 'Chủ nhiệm', 'Chỉ huy trưởng', 'Phó Chỉ huy trưởng', 'Chính ủy',
  'Chính uỷ', 'Phó Tư lệnh', 'Tư lệnh', 'Bộ trưởng', 'Thứ trưởng', 'Phó Thủ tướng', 'Thủ tướng', 'Viện trưởng',
  'Phó Viện trưởng', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Tổng Biên tập', 'Phó Tổng Biên tập', 'Đại biểu Quốc hội',
  'Thành viên', 'Phó Tổng Giám đốc',
];

/** Honorifics stripped from names; matched case-insensitively right before a name. */
export const HONORIFICS: readonly string[] = [
  'comrades', 'comrade', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'miss', 'madam', 'dr.', 'prof.', 'assoc. prof.',
  'đồng chí', 'các đồng chí', 'ông', 'bà', 'anh', 'chị', 'gs.ts', 'pgs.ts', 'ts.', 'ths.', 'thầy', 'cô',
];

/**
 * Capitalized words that belong to the name of a body, a place kind or a title in
 * English; a person's name never contains them.
 */
export const EN_ORG_WORDS: ReadonlySet<string> = new Set(
  (
    'committee committees council councils party provincial province district districts city town people people\'s department ' +
    'commission front fatherland vietnam vietnamese office central standing secretary chairman chairwoman chair vice ' +
    'deputy director head member members president general hospital cooperative union association board court ' +
    'procuracy command police bank company corporation school university agency assembly government ministry centre ' +
    'center club delegation national state executive inspection organization organisation propaganda education mass ' +
    'mobilization economic social affairs internal planning investment finance health agriculture rural development ' +
    'industry trade justice culture sports tourism transport construction natural resources environment labour labor ' +
    'invalids home science technology information communications military border guard youth women farmers veterans ' +
    'federation communist secretariat politburo minister prime commune ward village street road park ' +
    'industrial zone area region conference congress session meeting ceremony workshop resolution directive plan ' +
    'decision conclusion program programme regulation notice guidance instruction official letter comrade comrades mr ' +
    'mrs ms dr prof january february march april may june july august september october november december monday ' +
    'tuesday wednesday thursday friday saturday sunday attending also according concluding speaking'
  ).split(' '),
);

/** Lowercase syllables that can occur inside a Vietnamese title or body name. */
export const VI_ROLE_SYLLABLES: ReadonlySet<string> = new Set(
  (
    'thư tịch viên trực vụ hành bộ ương vận giáo chức tra đốc phòng ban ủy uỷ tỉnh huyện thành phố thị xã phường trấn ' +
    'quận nhân dân đua thưởng trận quốc đồng tướng trưởng phủ nghiệp triển nông thôn hoạch tư chính nguyên môi trường ' +
    'tế dục tạo binh hội hóa hoá thao lịch pháp dựng thông tải học nghệ tin an huy sự sát án đoàn đại biểu thanh hình ' +
    'trị lý kiện đảng khóa khoá nước tổ ngoại nội kinh lao động thương ninh biên phòng khuyết nhiệm niên nữ chiến cựu ' +
    'mặt hiệp liên ngân hàng thuế quan kho bạc bảo hiểm xã tịch văn ký điều phối giám sát kế toán tài sản đầu ' +
    'phó chủ bí giám chánh và -'
  ).split(' '),
);

/** English words allowed in lower case inside a title or body name. */
export const EN_ROLE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '-', '–', '&', "'s", 'in', 'charge']);

export const MONTHS_EN: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/**
 * Words that open the name of a body and may be followed by a lower-case description
 * of what it does ("Ban Chỉ đạo phát triển khoa học ...", "Hợp tác xã dịch vụ nông
 * nghiệp ..."). Matched case-insensitively, syllable by syllable.
 */
export const VI_BODY_HEADS: readonly string[] = [
  'ban chỉ đạo', 'ban quản lý', 'ban vận động', 'hợp tác xã', 'trung tâm', 'hội đồng', 'câu lạc bộ', 'công ty', 'hiệp hội',
  'liên hiệp', 'chi cục', 'tổng cục', 'quỹ', 'ban', 'tổ', 'hội', 'cục', 'viện', 'đội', 'trường', 'bệnh viện', 'tiểu ban',
];

/** Lower-case words of several syllables that describe a body in its name; never verbs. */
export const VI_BODY_COMPOUNDS: readonly string[] = [
  'hợp tác xã', 'hợp tác', 'dịch vụ', 'nông nghiệp', 'khoa học', 'công nghệ', 'sáng tạo', 'chuyển đổi số', 'nghĩa vụ quân sự',
  'nghĩa vụ', 'quân sự', 'an toàn giao thông', 'giao thông', 'ma túy', 'ma tuý', 'tội phạm', 'tham nhũng', 'tiêu cực', 'lãng phí',
  'hành chính', 'dân số', 'gia đình', 'trẻ em', 'người cao tuổi', 'cao tuổi', 'chữ thập đỏ', 'khuyến học', 'khuyến nông',
  'doanh nghiệp', 'thương mại', 'du lịch', 'điện lực', 'cấp nước', 'thủy lợi', 'thuỷ lợi', 'vệ sinh', 'thực phẩm', 'trật tự',
  'giảm nghèo', 'bền vững', 'nông thôn mới', 'cổ phần', 'trách nhiệm hữu hạn', 'một thành viên', 'đa khoa', 'phổ thông',
  'trung học', 'tiểu học', 'mầm non', 'dạy nghề', 'thường xuyên', 'pháp chế', 'tôn giáo', 'thi hành án', 'phát thanh',
  'truyền hình', 'thể thao', 'nội chính', 'tài nguyên', 'ngân sách', 'chính sách', 'tín dụng', 'truyền thông', 'sở hữu trí tuệ',
  'lâm nghiệp', 'kiểm lâm', 'thú y', 'thực vật', 'liệt sĩ', 'người có công', 'việc làm', 'nhà ở', 'đất đai', 'nông sản',
  'thủy sản', 'thuỷ sản', 'xuất khẩu', 'nhập khẩu', 'công nghiệp', 'làng nghề', 'đô thị', 'kinh tế số', 'xã hội số',
  'chính quyền số', 'bình đẳng giới', 'tiến bộ', 'phụ nữ', 'thanh thiếu niên', 'khởi nghiệp', 'chất lượng', 'đo lường',
  'tiêu chuẩn', 'môi trường', 'an ninh', 'biển đảo', 'biên giới', 'thiên tai', 'tìm kiếm cứu nạn', 'cứu hộ', 'cứu nạn',
];

/**
 * Lower-case words that are verbs in a sentence ("chỉ đạo", "phát triển") but describe
 * a body inside its name; read as part of a title only after a body word.
 */
export const VI_BODY_ACTIONS: readonly string[] = [
  'chỉ đạo', 'phát triển', 'đổi mới', 'chuyển đổi', 'quản lý', 'kiểm tra', 'tuyên truyền', 'xây dựng', 'sản xuất', 'kinh doanh',
  'xúc tiến', 'đầu tư', 'bảo vệ', 'cải cách', 'phòng chống', 'phòng', 'chống', 'thi đua', 'khen thưởng', 'hỗ trợ', 'ứng dụng',
  'công tác', 'thực hiện', 'giải quyết', 'tiếp công dân', 'khiếu nại', 'tố cáo', 'bảo tồn', 'giữ gìn',
];
