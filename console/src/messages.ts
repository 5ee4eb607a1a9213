// The console's shared words, Vietnamese first; each page keeps its own beside it.
export type Lang = 'vi' | 'en'

export const messages = {
  vi: {
    title: 'Bảng điều khiển cổng kết nối dữ liệu',
    skip: 'Bỏ qua, đến nội dung chính',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    menu: 'Các trang',
    account: 'Ngôn ngữ và tài khoản',
    signOut: 'Đăng xuất',
    error: (code: string) => `Máy chủ trả lỗi ${code}.`,
    notFound: 'Không tìm thấy trang này.',
    forbidden: 'Tài khoản này không được xem trang này.'
  },
  en: {
    title: 'Data exchange gateway console',
    skip: 'Skip to main content',
    switchLanguage: 'Tiếng Việt',
    switchLanguageLabel: 'Chuyển sang tiếng Việt',
    menu: 'Pages',
    account: 'Language and account',
    signOut: 'Sign out',
    error: (code: string) => `The server answered ${code}.`,
    notFound: 'This page does not exist.',
    forbidden: 'This account may not see this page.'
  }
}

export const dateTime = (lang: Lang, iso: string) => new Date(iso).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' })
