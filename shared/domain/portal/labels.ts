/** Interface language of the portal: Vietnamese by default, English on request. */
export type PortalLanguage = 'vi' | 'en';

export const PORTAL_LANGUAGES: readonly PortalLanguage[] = ['vi', 'en'];

export function portalLanguageOf(value: string | null | undefined): PortalLanguage {
  return value === 'en' ? 'en' : 'vi';
}

export interface PortalLabels {
  readonly portal: string;
  readonly skip: string;
  readonly signedInAs: (office: string) => string;
  readonly signOut: string;
  readonly signIn: string;
  readonly language: string;
  readonly otherLanguage: string;
  readonly inbox: string;
  readonly inboxIntro: (count: number) => string;
  readonly filters: string;
  readonly from: string;
  readonly to: string;
  readonly document: string;
  readonly documentHint: string;
  readonly text: string;
  readonly apply: string;
  readonly clear: string;
  readonly tableCaption: string;
  readonly date: string;
  readonly title: string;
  readonly organizer: string;
  readonly state: string;
  readonly unread: string;
  readonly read: string;
  readonly acknowledged: string;
  readonly noReports: string;
  readonly version: (n: number) => string;
  readonly versionOf: (n: number, latest: number) => string;
  readonly versions: string;
  readonly summary: string;
  readonly people: string;
  readonly roles: string;
  readonly documents: string;
  readonly awards: string;
  readonly tasks: string;
  readonly changes: (from: number) => string;
  readonly noChanges: string;
  readonly original: string;
  readonly downloadOriginal: string;
  readonly downloadHint: string;
  readonly noOriginal: string;
  readonly acknowledge: string;
  readonly acknowledgeHint: string;
  readonly acknowledgedAt: (at: string) => string;
  readonly openedAt: (at: string) => string;
  readonly receipt: string;
  readonly notStated: string;
  readonly backToInbox: string;
  readonly notFoundTitle: string;
  readonly notFoundText: string;
  readonly signedOutTitle: string;
  readonly signedOutText: string;
  readonly signInText: string;
  readonly errorTitle: string;
  readonly errorText: string;
  readonly collective: string;
  readonly individual: string;
  readonly nameCol: string;
  readonly codeCol: string;
  readonly typeCol: string;
  readonly issuedCol: string;
  readonly awardCol: string;
  readonly countCol: string;
  readonly recipientCol: string;
}

export const PORTAL_LABELS: Readonly<Record<PortalLanguage, PortalLabels>> = {
  vi: {
    portal: 'Cổng báo cáo hội nghị',
    skip: 'Bỏ qua, đến nội dung chính',
    signedInAs: (office) => `Đăng nhập với tư cách: ${office}`,
    signOut: 'Đăng xuất',
    signIn: 'Đăng nhập',
    language: 'Ngôn ngữ',
    otherLanguage: 'English',
    inbox: 'Hộp thư báo cáo',
    inboxIntro: (count) => `${count} báo cáo liên quan đến đơn vị, mới nhất trước.`,
    filters: 'Lọc báo cáo',
    from: 'Từ ngày',
    to: 'Đến ngày',
    document: 'Số hiệu văn bản',
    documentHint: 'Ví dụ: 35-CT/TW',
    text: 'Từ khóa',
    apply: 'Lọc',
    clear: 'Bỏ lọc',
    tableCaption: 'Báo cáo liên quan đến đơn vị',
    date: 'Ngày',
    title: 'Tiêu đề',
    organizer: 'Đơn vị tổ chức',
    state: 'Trạng thái',
    unread: 'Chưa đọc',
    read: 'Đã đọc',
    acknowledged: 'Đã xác nhận',
    noReports: 'Không có báo cáo nào phù hợp.',
    version: (n) => `Phiên bản ${n}`,
    versionOf: (n, latest) => `Phiên bản ${n} / ${latest}`,
    versions: 'Các phiên bản',
    summary: 'Tóm tắt',
    people: 'Thành phần tham dự',
    roles: 'Chức vụ',
    documents: 'Văn bản được trích dẫn',
    awards: 'Khen thưởng',
    tasks: 'Nhiệm vụ',
    changes: (from) => `Nội dung thay đổi so với phiên bản ${from}`,
    noChanges: 'Không có thay đổi về nội dung chính.',
    original: 'Tệp gốc',
    downloadOriginal: 'Tải tệp gốc',
    downloadHint: 'Đường dẫn tải chỉ có hiệu lực trong thời gian ngắn.',
    noOriginal: 'Không có tệp gốc.',
    acknowledge: 'Xác nhận đã nhận báo cáo',
    acknowledgeHint: 'Xác nhận để đơn vị cấp tỉnh biết đơn vị đã tiếp nhận phiên bản này.',
    acknowledgedAt: (at) => `Đã xác nhận lúc ${at}`,
    openedAt: (at) => `Mở lần đầu lúc ${at}`,
    receipt: 'Tiếp nhận',
    notStated: 'không rõ',
    backToInbox: 'Về hộp thư báo cáo',
    notFoundTitle: 'Không tìm thấy báo cáo',
    notFoundText: 'Báo cáo này không tồn tại hoặc không thuộc phạm vi của đơn vị bạn.',
    signedOutTitle: 'Bạn đã đăng xuất',
    signedOutText: 'Phiên làm việc đã kết thúc.',
    signInText: 'Vui lòng đăng nhập bằng tài khoản của đơn vị.',
    errorTitle: 'Có lỗi xảy ra',
    errorText: 'Không thể xử lý yêu cầu lúc này. Vui lòng thử lại sau.',
    collective: 'tập thể',
    individual: 'cá nhân',
    nameCol: 'Họ và tên',
    codeCol: 'Số hiệu',
    typeCol: 'Loại',
    issuedCol: 'Ngày ban hành',
    awardCol: 'Hình thức',
    countCol: 'Số lượng',
    recipientCol: 'Đối tượng',
  },
  en: {
    portal: 'Conference reports portal',
    skip: 'Skip to main content',
    signedInAs: (office) => `Signed in as: ${office}`,
    signOut: 'Sign out',
    signIn: 'Sign in',
    language: 'Language',
    otherLanguage: 'Tiếng Việt',
    inbox: 'Report inbox',
    inboxIntro: (count) => `${count} report(s) concerning your office, newest first.`,
    filters: 'Filter reports',
    from: 'From',
    to: 'To',
    document: 'Document code',
    documentHint: 'For example 35-CT/TW',
    text: 'Words',
    apply: 'Filter',
    clear: 'Clear filters',
    tableCaption: 'Reports concerning your office',
    date: 'Date',
    title: 'Title',
    organizer: 'Organizer',
    state: 'State',
    unread: 'Unread',
    read: 'Read',
    acknowledged: 'Acknowledged',
    noReports: 'No report matches.',
    version: (n) => `Version ${n}`,
    versionOf: (n, latest) => `Version ${n} of ${latest}`,
    versions: 'Versions',
    summary: 'Summary',
    people: 'People',
    roles: 'Roles',
    documents: 'Documents cited',
    awards: 'Awards',
    tasks: 'Tasks',
    changes: (from) => `What changed since version ${from}`,
    noChanges: 'No change in the main content.',
    original: 'Original file',
    downloadOriginal: 'Download the original',
    downloadHint: 'The download link is valid for a short time only.',
    noOriginal: 'No original file.',
    acknowledge: 'Acknowledge receipt',
    acknowledgeHint: 'Acknowledging tells the provincial office that your office has received this version.',
    acknowledgedAt: (at) => `Acknowledged at ${at}`,
    openedAt: (at) => `First opened at ${at}`,
    receipt: 'Receipt',
    notStated: 'not stated',
    backToInbox: 'Back to the inbox',
    notFoundTitle: 'Report not found',
    notFoundText: 'This report does not exist or is not addressed to your office.',
    signedOutTitle: 'You are signed out',
    signedOutText: 'Your session has ended.',
    signInText: 'Please sign in with your office account.',
    errorTitle: 'Something went wrong',
    errorText: 'The request could not be handled now. Please try again later.',
    collective: 'collective',
    individual: 'individual',
    nameCol: 'Name',
    codeCol: 'Code',
    typeCol: 'Type',
    issuedCol: 'Issued',
    awardCol: 'Award',
    countCol: 'Count',
    recipientCol: 'Recipient',
  },
};
