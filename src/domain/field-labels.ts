/**
 * The Vietnamese name of every field of the content format, and a hint where staff need one:
 * one table for the editor's forms (src/editor/config.ts), the check's findings
 * (findings.ts) and the staff guide (docs/huong-dan-bien-tap.md), so that all three say the
 * same thing. A field path is written without list positions: `districts.name`, not
 * `districts[2].name`. tests/unit/editor-config.test.ts fails when a schema field has no label.
 */
import { STAT_KEYS, STAT_LABELS } from './figures.ts';

export interface FieldLabel {
  label: string;
  hint?: string;
}

/** The files and folders of the content format, as the check names them. */
export type LabelledKind = 'bulletins' | 'directives' | 'infographics' | 'news' | 'factchecks' | 'pages' | 'site' | 'hotlines';

const publishing: Record<string, FieldLabel> = {
  draft: { label: 'Bản nháp', hint: 'Bật khi chưa muốn đăng: bản nháp được kiểm tra nhưng không hiện trên trang.' },
  publishAt: { label: 'Hẹn giờ đăng', hint: 'Để trống để đăng ngay. Giờ Việt Nam.' },
  aliases: { label: 'Đường dẫn cũ', hint: 'Chỉ dùng khi chuyển bài từ trang cũ: đường dẫn cũ sẽ chuyển tới bài này, ví dụ /ban-tin/cu/.' },
  body: { label: 'Nội dung' },
};

const tags: FieldLabel = { label: 'Từ khóa', hint: 'Mỗi từ khóa một dòng, ví dụ 5K, khẩu trang.' };

export const FIELD_LABELS: Record<LabelledKind, Record<string, FieldLabel>> = {
  bulletins: {
    date: { label: 'Ngày của bản tin', hint: 'Mỗi ngày một bản tin; tệp được đặt tên theo ngày này.' },
    time: { label: 'Giờ chốt số liệu', hint: 'Giờ Việt Nam, dạng 15:00.' },
    title: { label: 'Tiêu đề', hint: 'Để trống để dùng tiêu đề chuẩn “Cập nhật tình hình dịch bệnh đến 15h00 ngày …”.' },
    source: { label: 'Cơ quan công bố số liệu', hint: 'Để trống để dùng cơ quan mặc định của trang.' },
    alertLevel: {
      label: 'Cấp độ dịch được công bố',
      hint: 'Chỉ chọn khi có văn bản công bố cấp độ (1 đến 5); để trống thì cấp độ trước đó vẫn giữ.',
    },
    stats: {
      label: 'Số liệu',
      hint: 'Số tích lũy đã điền sẵn theo bản tin gần nhất: chỉ sửa số thay đổi trong ngày. Bỏ trống số không có.',
    },
    ...Object.fromEntries(STAT_KEYS.map((key) => [`stats.${key}`, { label: STAT_LABELS[key] }])),
    districts: { label: 'Ca mắc tích lũy theo huyện, thành phố', hint: 'Mỗi huyện một dòng, mỗi huyện chỉ ghi một lần.' },
    'districts.name': { label: 'Huyện, thành phố' },
    'districts.confirmed': { label: 'Ca mắc tích lũy của huyện' },
    correction: { label: 'Lý do đính chính', hint: 'Bắt buộc khi một số tích lũy giảm so với bản tin trước.' },
    body: { label: 'Diễn biến trong ngày' },
    draft: publishing.draft!,
    publishAt: publishing.publishAt!,
    aliases: publishing.aliases!,
  },
  directives: {
    number: { label: 'Số hiệu', hint: 'Như in trên văn bản, ví dụ 03/CT-UBND.' },
    kind: { label: 'Loại văn bản' },
    title: { label: 'Trích yếu', hint: 'Văn bản về việc gì.' },
    issuer: { label: 'Cơ quan ban hành' },
    issued: { label: 'Ngày ban hành' },
    signer: { label: 'Người ký' },
    urgent: { label: 'Văn bản khẩn' },
    effective: { label: 'Ngày có hiệu lực', hint: 'Để trống nếu có hiệu lực từ ngày ban hành.' },
    expires: { label: 'Ngày hết hiệu lực', hint: 'Sau ngày này văn bản hiện là “Hết hiệu lực”.' },
    replaces: { label: 'Thay thế văn bản', hint: 'Chọn theo số hiệu trong danh mục văn bản.' },
    amends: { label: 'Sửa đổi, bổ sung văn bản', hint: 'Chọn theo số hiệu trong danh mục văn bản.' },
    attachments: { label: 'Tệp đính kèm', hint: 'Bản scan PDF hoặc tệp DOCX của văn bản.' },
    'attachments.file': { label: 'Tệp' },
    'attachments.label': { label: 'Tên hiển thị của tệp', hint: 'Ví dụ Bản scan văn bản.' },
    ...publishing,
  },
  infographics: {
    title: { label: 'Tiêu đề' },
    date: { label: 'Ngày đăng' },
    image: { label: 'Ảnh', hint: 'PNG, JPG, WebP hoặc SVG.' },
    alt: { label: 'Mô tả ảnh', hint: 'Bắt buộc: mô tả nội dung ảnh cho người không nhìn thấy.' },
    video: { label: 'Video', hint: 'Tệp MP4 hoặc WebM, nếu có.' },
    source: { label: 'Nguồn', hint: 'Ví dụ Bộ Y tế.' },
    tags,
    ...publishing,
  },
  news: {
    title: { label: 'Tiêu đề' },
    date: { label: 'Ngày đăng' },
    summary: { label: 'Tóm tắt', hint: 'Một câu.' },
    image: { label: 'Ảnh', hint: 'PNG, JPG hoặc WebP.' },
    imageAlt: { label: 'Mô tả ảnh', hint: 'Bắt buộc khi có ảnh: mô tả nội dung ảnh cho người không nhìn thấy.' },
    source: { label: 'Nguồn đăng lại', hint: 'Chỉ điền khi đăng lại bài của cơ quan báo chí.' },
    'source.name': { label: 'Tên cơ quan báo chí' },
    'source.url': { label: 'Địa chỉ bài gốc', hint: 'Bắt đầu bằng https://' },
    tags,
    ...publishing,
  },
  factchecks: {
    title: { label: 'Tiêu đề' },
    date: { label: 'Ngày đăng' },
    claim: { label: 'Thông tin sai đang lan truyền' },
    verdict: { label: 'Kết luận' },
    claimSource: { label: 'Nơi lan truyền', hint: 'Ví dụ Facebook, Zalo.' },
    action: { label: 'Hình thức xử lý', hint: 'Để trống nếu chưa xử lý.' },
    tags,
    ...publishing,
  },
  pages: {
    title: { label: 'Tiêu đề' },
    order: { label: 'Thứ tự trong trình đơn', hint: 'Số nhỏ đứng trước; để trống thì xếp sau, theo tiêu đề.' },
    summary: { label: 'Tóm tắt' },
    ...publishing,
  },
  hotlines: {
    /** The file's list itself. */
    hotlines: { label: 'Đường dây nóng', hint: 'Ba số đầu tiên hiện ở chân mọi trang; tất cả hiện ở trang Đường dây nóng.' },
    name: { label: 'Tên đường dây nóng', hint: 'Nơi trả lời, ví dụ Đường dây nóng Sở Y tế.' },
    phone: { label: 'Số điện thoại', hint: 'Như khi bấm gọi, ví dụ 0205 3812 345.' },
    area: { label: 'Phạm vi', hint: 'Ví dụ Toàn quốc, TP Lạng Sơn.' },
    hours: { label: 'Giờ trực', hint: 'Ví dụ 24/7.' },
    note: { label: 'Ghi chú', hint: 'Ví dụ Miễn phí cước.' },
  },
  site: {
    name: { label: 'Tên trang' },
    shortName: { label: 'Tên ngắn', hint: 'Cho màn hình nhỏ và khi chia sẻ.' },
    agency: { label: 'Cơ quan chủ quản' },
    province: { label: 'Tỉnh' },
    url: { label: 'Địa chỉ trang', hint: 'Địa chỉ đầy đủ, ví dụ https://sukien.langson.gov.vn' },
    base: { label: 'Đường dẫn gốc', hint: 'Để / nếu trang ở gốc tên miền.' },
    description: { label: 'Giới thiệu ngắn' },
    bulletinTime: { label: 'Giờ bản tin hằng ngày', hint: 'Dạng 15:00.' },
    bulletinSource: { label: 'Cơ quan công bố số liệu mặc định' },
    alertThresholds: { label: 'Ngưỡng cấp độ dịch', hint: 'Số ca đang điều trị từ đó bắt đầu cấp 2, 3, 4 và 5, tăng dần.' },
    alertGuidance: { label: 'Nội dung truyền thông theo cấp độ', hint: 'Thay cho nội dung có sẵn của cấp độ đó.' },
    ...Object.fromEntries(['1', '2', '3', '4', '5'].map((level) => [`alertGuidance.${level}`, { label: `Cấp ${level}` }])),
    contact: { label: 'Liên hệ' },
    'contact.email': { label: 'Thư điện tử' },
    'contact.phone': { label: 'Số điện thoại' },
    'contact.address': { label: 'Địa chỉ' },
    license: { label: 'Giấy phép dữ liệu mở' },
    'license.name': { label: 'Tên giấy phép' },
    'license.url': { label: 'Địa chỉ giấy phép' },
    embedHosts: { label: 'Trang được phép nhúng (video, bản đồ)', hint: 'Tên máy chủ, ví dụ www.youtube.com.' },
    searchVariants: {
      label: 'Cách viết khác nhau của cùng một từ (tìm kiếm)',
      hint: 'Mỗi dòng một nhóm, các cách viết cách nhau bằng dấu phẩy, ví dụ: vắc xin, vaccine. Chỉ gộp cách viết của cùng một từ: F0, F1, F2 là những thứ khác nhau.',
    },
    speech: { label: 'Cách đọc số trong bản tin phát thanh' },
    'speech.thousand': { label: 'Nghìn hay ngàn' },
    'speech.odd': { label: 'Linh hay lẻ', hint: '105: một trăm linh năm hay một trăm lẻ năm.' },
    'speech.four': { label: 'Tư hay bốn', hint: '24: hai mươi tư hay hai mươi bốn.' },
    'speech.five': { label: 'Lăm hay nhăm', hint: '25: hai mươi lăm hay hai mươi nhăm.' },
    smsSender: { label: 'Tên người gửi trong tin nhắn', hint: 'Ngắn gọn, ví dụ SYT Lạng Sơn; để trống thì lấy từ nguồn bản tin.' },
    notice: { label: 'Thông báo khẩn trên mọi trang' },
    'notice.text': { label: 'Nội dung thông báo' },
    'notice.link': { label: 'Liên kết', hint: 'Đường dẫn trong trang (/tin-tuc/…/) hoặc địa chỉ https://…' },
    'notice.until': { label: 'Hiện đến', hint: 'Từ thời điểm này thông báo không hiện nữa.' },
    demo: { label: 'Dữ liệu minh họa', hint: 'Bật để hiện dòng “Dữ liệu minh họa” trên mọi trang.' },
    editor: { label: 'Trang biên tập' },
    'editor.repository': { label: 'Kho mã', hint: 'Dạng chủ-sở-hữu/tên-kho trên GitHub.' },
    'editor.folder': { label: 'Thư mục nội dung trong kho mã', hint: 'Thường là content.' },
    'editor.branch': { label: 'Nhánh', hint: 'Thường là main.' },
    'editor.review': { label: 'Duyệt trước khi đăng', hint: 'Bật thì mỗi lần lưu mở một yêu cầu duyệt (pull request).' },
    'editor.authEndpoint': { label: 'Máy chủ đăng nhập OAuth', hint: 'Chỉ khi tỉnh có máy chủ OAuth riêng.' },
  },
};

/** `districts[2].name` → `districts.name`: the path the table is keyed by. */
export const labelPath = (field: string): string => field.replace(/\[\d+\]/g, '').replace(/^\./, '');

/** The label of a field as the check reports it (`bulletins/2020-02-05.md`, `stats.confirmed`), if it has one. */
export function fieldLabel(file: string, field: string): string | undefined {
  const kind = file === 'site.yaml' ? 'site' : file === 'hotlines.yaml' ? 'hotlines' : (file.split('/')[0] as LabelledKind);
  return FIELD_LABELS[kind]?.[labelPath(field)]?.label;
}
