/** The sections a search can be narrowed to: the values of the `section` filter pages declare. */
export const SEARCH_SECTIONS = ['Bản tin', 'Văn bản chỉ đạo', 'Tin tức', 'Infographic', 'Cải chính', 'Thông tin cần biết'] as const;
