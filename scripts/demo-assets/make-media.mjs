// Writes the demo province's infographics (SVG, and PNG/JPG renderings), the short MP4 and
// the news photo illustration. Hand-drawn SVG: no scripts, no event handlers, no
// foreignObject, no external references.
// Usage (from the repository root): node scripts/demo-assets/make-media.mjs [content-dir]
// Needs sharp (a dependency of the project) and, for the video, ffmpeg with libx264.
import { mkdirSync, writeFileSync, statSync, rmSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CONTENT = path.resolve(process.argv[2] ?? 'content');
const INFO = path.join(CONTENT, 'infographics');
const NEWS = path.join(CONTENT, 'news');
const SRC = path.join(HERE, 'svg'); // sources of the images that are published as PNG/JPG
for (const d of [INFO, NEWS, SRC]) mkdirSync(d, { recursive: true });

const FONT = "'Be Vietnam Pro', 'Segoe UI', Roboto, Arial, 'DejaVu Sans', sans-serif";
const NAVY = '#0a3d7a';
const BLUE = '#0b63c4';
const RED = '#d62828';
const INK = '#17263c';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const n = (v) => Number(v.toFixed(1));

function text(x, y, lines, { size = 26, weight = 400, fill = INK, anchor = 'start', lh = 1.3 } = {}) {
  const ls = Array.isArray(lines) ? lines : [lines];
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${ls
    .map((l, i) => `<tspan x="${x}" dy="${i ? n(size * lh) : 0}">${esc(l)}</tspan>`)
    .join('')}</text>`;
}

function frame({ title, kicker, sub, desc, body, source = 'Nguồn: Bộ Y tế', foot = 'Đường dây nóng: 1900 9095', accent = BLUE }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 1000" width="800" height="1000" font-family="${FONT}">
<title>${esc(title)}</title>
<desc>${esc(desc)}</desc>
<defs>
<linearGradient id="hd" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${accent}"/><stop offset="1" stop-color="${NAVY}"/></linearGradient>
</defs>
<rect width="800" height="1000" fill="#f3f6fb"/>
<rect width="800" height="200" fill="url(#hd)"/>
<circle cx="735" cy="40" r="120" fill="#ffffff" opacity="0.06"/>
<circle cx="60" cy="190" r="70" fill="#ffffff" opacity="0.05"/>
${text(400, 52, kicker, { size: 22, weight: 600, fill: '#cfe3ff', anchor: 'middle' })}
${text(400, 118, title, { size: 52, weight: 800, fill: '#ffffff', anchor: 'middle' })}
${text(400, 168, sub, { size: 24, fill: '#e6f0ff', anchor: 'middle' })}
${body}
<rect y="930" width="800" height="70" fill="${NAVY}"/>
${text(40, 973, source, { size: 20, fill: '#dce8f8' })}
${text(760, 973, foot, { size: 20, weight: 700, fill: '#ffffff', anchor: 'end' })}
</svg>
`;
}

function card(x, y, w, h, fill = '#ffffff') {
  return `<rect x="${x + 3}" y="${y + 5}" width="${w}" height="${h}" rx="18" fill="#0a3d7a" opacity="0.08"/><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="${fill}"/>`;
}

// ---- icons (drawn around 0,0, about 90 px wide) -----------------------------------------------
const icon = {
  mask: (c = BLUE) => `<path d="M-44,-14 C-20,-26 20,-26 44,-14 L40,16 C20,30 -20,30 -40,16 Z" fill="${c}"/><path d="M-44,-10 C-62,-14 -62,14 -40,12 M44,-10 C62,-14 62,14 40,12" stroke="${c}" stroke-width="5" fill="none"/><path d="M-30,-6 H30 M-28,6 H28" stroke="#ffffff" stroke-width="4" opacity="0.7"/>`,
  soap: (c = BLUE) => `<rect x="-30" y="-18" width="60" height="44" rx="14" fill="${c}"/><rect x="-8" y="-32" width="16" height="16" rx="4" fill="${c}"/><circle cx="-34" cy="-34" r="10" fill="none" stroke="${c}" stroke-width="4"/><circle cx="30" cy="-38" r="7" fill="none" stroke="${c}" stroke-width="4"/><circle cx="42" cy="-16" r="5" fill="none" stroke="${c}" stroke-width="4"/>`,
  distance: (c = BLUE) => `<circle cx="-36" cy="-26" r="11" fill="${c}"/><rect x="-48" y="-12" width="24" height="40" rx="10" fill="${c}"/><circle cx="36" cy="-26" r="11" fill="${c}"/><rect x="24" y="-12" width="24" height="40" rx="10" fill="${c}"/><path d="M-16,8 H16 M-16,8 l8,-6 M-16,8 l8,6 M16,8 l-8,-6 M16,8 l-8,6" stroke="${RED}" stroke-width="4" fill="none" stroke-linecap="round"/><text x="0" y="-4" font-size="16" font-weight="800" fill="${RED}" text-anchor="middle">2m</text>`,
  crowd: (c = BLUE) => `<g opacity="0.9"><circle cx="-26" cy="-18" r="9" fill="${c}"/><rect x="-36" y="-7" width="20" height="30" rx="8" fill="${c}"/><circle cx="0" cy="-22" r="10" fill="${c}"/><rect x="-11" y="-10" width="22" height="34" rx="9" fill="${c}"/><circle cx="26" cy="-18" r="9" fill="${c}"/><rect x="16" y="-7" width="20" height="30" rx="8" fill="${c}"/></g><circle r="44" fill="none" stroke="${RED}" stroke-width="7"/><path d="M-31,-31 L31,31" stroke="${RED}" stroke-width="7"/>`,
  form: (c = BLUE) => `<rect x="-26" y="-40" width="52" height="80" rx="9" fill="${c}"/><rect x="-19" y="-30" width="38" height="56" rx="3" fill="#ffffff"/><path d="M-12,-18 l4,4 l7,-8 M-12,-2 l4,4 l7,-8 M-12,14 l4,4 l7,-8" stroke="#2a9d4b" stroke-width="3.5" fill="none" stroke-linecap="round"/><path d="M3,-16 H13 M3,0 H13 M3,16 H13" stroke="${c}" stroke-width="3"/>`,
  thermo: (c = RED) => `<rect x="-9" y="-42" width="18" height="62" rx="9" fill="none" stroke="${c}" stroke-width="5"/><circle cy="28" r="16" fill="${c}"/><rect x="-4" y="-14" width="8" height="40" fill="${c}"/><path d="M14,-30 H24 M14,-18 H22 M14,-6 H24" stroke="${c}" stroke-width="3"/>`,
  cough: (c = BLUE) => `<circle cx="-8" r="34" fill="#ffd8b0"/><circle cx="-18" cy="-8" r="4" fill="${INK}"/><circle cx="2" cy="-8" r="4" fill="${INK}"/><ellipse cx="-8" cy="14" rx="9" ry="7" fill="${INK}"/><circle cx="36" cy="6" r="5" fill="${c}"/><circle cx="46" cy="-6" r="4" fill="${c}"/><circle cx="48" cy="14" r="4" fill="${c}"/><circle cx="58" cy="2" r="3" fill="${c}"/>`,
  lungs: (c = RED) => `<path d="M-6,-30 V-4 C-10,6 -16,8 -22,6" stroke="${c}" stroke-width="5" fill="none"/><path d="M6,-30 V-4 C10,6 16,8 22,6" stroke="${c}" stroke-width="5" fill="none"/><path d="M-14,-16 C-34,-24 -44,6 -42,26 C-40,38 -22,38 -14,30 Z" fill="${c}" opacity="0.85"/><path d="M14,-16 C34,-24 44,6 42,26 C40,38 22,38 14,30 Z" fill="${c}" opacity="0.85"/>`,
  throat: (c = RED) => `<circle r="34" fill="#ffd8b0"/><circle cx="-11" cy="-8" r="4" fill="${INK}"/><circle cx="11" cy="-8" r="4" fill="${INK}"/><path d="M-12,14 Q0,6 12,14" stroke="${INK}" stroke-width="4" fill="none"/><rect x="-12" y="34" width="24" height="14" fill="#ffd8b0"/><path d="M-14,42 H14" stroke="${c}" stroke-width="6"/><path d="M30,-30 l6,-8 M38,-22 l9,-3" stroke="${c}" stroke-width="4" stroke-linecap="round"/>`,
  phone: (c = BLUE) => `<rect x="-26" y="-44" width="52" height="88" rx="10" fill="${c}"/><rect x="-20" y="-34" width="40" height="62" rx="3" fill="#ffffff"/><circle cy="36" r="4" fill="#ffffff"/><path d="M-12,-20 H12 M-12,-8 H8 M-12,4 H12" stroke="${c}" stroke-width="4"/>`,
  globe: (c = BLUE) => `<circle r="38" fill="none" stroke="${c}" stroke-width="6"/><ellipse rx="16" ry="38" fill="none" stroke="${c}" stroke-width="5"/><path d="M-38,0 H38 M-32,-20 H32 M-32,20 H32" stroke="${c}" stroke-width="4"/>`,
  clinic: (c = BLUE) => `<path d="M-44,-6 L0,-40 L44,-6" fill="none" stroke="${c}" stroke-width="6" stroke-linejoin="round"/><rect x="-34" y="-10" width="68" height="48" fill="${c}"/><path d="M0,-2 V26 M-14,12 H14" stroke="#ffffff" stroke-width="8"/>`,
  handset: (c = '#ffffff') => `<path d="M-18,-22 C-22,-18 -24,-10 -20,-2 C-12,14 2,26 16,30 C24,32 30,28 32,24 L26,14 C24,12 20,12 18,14 L14,18 C6,14 -2,6 -6,-4 L-2,-8 C0,-10 0,-14 -2,-16 L-10,-24 C-12,-26 -16,-26 -18,-22 Z" fill="${c}"/>`,
  hands: (step) => {
    const a = [0, 25, -20, 40, -35, 60][step - 1];
    return `<g transform="rotate(${a})"><ellipse cx="-14" cy="0" rx="22" ry="40" fill="#ffd2a8" stroke="#d9965a" stroke-width="3"/><ellipse cx="14" cy="4" rx="22" ry="40" fill="#ffe1c4" stroke="#d9965a" stroke-width="3"/></g><circle cx="-40" cy="-34" r="9" fill="none" stroke="#7cc0ff" stroke-width="3"/><circle cx="40" cy="-40" r="6" fill="none" stroke="#7cc0ff" stroke-width="3"/><circle cx="44" cy="26" r="8" fill="none" stroke="#7cc0ff" stroke-width="3"/><circle cx="-42" cy="30" r="5" fill="none" stroke="#7cc0ff" stroke-width="3"/>`;
  },
};
const at = (x, y, svg, s = 1) => `<g transform="translate(${x} ${y})${s !== 1 ? ` scale(${s})` : ''}">${svg}</g>`;

// ---- 1. Khuyến cáo 5K ---------------------------------------------------------------------------
function fiveK() {
  const rows = [
    ['KHẨU TRANG', ['Đeo khẩu trang khi ra khỏi nhà, đến nơi công', 'cộng và trên phương tiện giao thông công cộng.'], icon.mask()],
    ['KHỬ KHUẨN', ['Rửa tay thường xuyên bằng xà phòng hoặc dung', 'dịch sát khuẩn; vệ sinh bề mặt, đồ dùng.'], icon.soap()],
    ['KHOẢNG CÁCH', ['Giữ khoảng cách tối thiểu 2 mét khi', 'tiếp xúc với người khác.'], icon.distance()],
    ['KHÔNG TỤ TẬP', ['Không tụ tập đông người; hạn chế ra ngoài', 'khi không thật cần thiết.'], icon.crowd()],
    ['KHAI BÁO Y TẾ', ['Khai báo y tế trung thực qua ứng dụng', 'NCOVI hoặc tại trạm y tế xã, phường.'], icon.form()],
  ];
  const body = rows
    .map(([h, d, ic], i) => {
      const y = 222 + i * 140;
      return `${card(40, y, 720, 124)}<circle cx="125" cy="${y + 62}" r="52" fill="#e7f0fc"/>${at(125, y + 62, ic)}<circle cx="194" cy="${y + 24}" r="17" fill="${RED}"/>${text(194, y + 31, String(i + 1), { size: 20, weight: 800, fill: '#fff', anchor: 'middle' })}${text(222, y + 44, h, { size: 30, weight: 800, fill: NAVY })}${text(222, y + 78, d, { size: 21, lh: 1.35 })}`;
    })
    .join('\n');
  return frame({
    kicker: 'BỘ Y TẾ KHUYẾN CÁO',
    title: 'THÔNG ĐIỆP 5K',
    sub: 'Chung tay phòng, chống dịch COVID-19',
    desc: 'Năm khuyến cáo 5K: khẩu trang, khử khuẩn, khoảng cách, không tụ tập, khai báo y tế.',
    body,
  });
}

// ---- 2. Rửa tay đúng cách -------------------------------------------------------------------------
function washHands() {
  const steps = [
    ['Làm ướt tay, lấy xà phòng,', 'chà hai lòng bàn tay vào nhau.'],
    ['Chà lòng bàn tay này lên mu', 'bàn tay kia và ngược lại.'],
    ['Chà hai lòng bàn tay vào nhau,', 'miết mạnh các kẽ ngón tay.'],
    ['Chà mặt ngoài các ngón tay', 'vào lòng bàn tay kia.'],
    ['Xoay ngón cái tay này trong lòng', 'bàn tay kia và ngược lại.'],
    ['Xoay đầu ngón tay vào lòng bàn', 'tay kia; xả sạch, lau khô tay.'],
  ];
  const body = steps
    .map((s, i) => {
      const x = 40 + (i % 2) * 370;
      const y = 222 + Math.floor(i / 2) * 212;
      return `${card(x, y, 350, 196)}<circle cx="${x + 80}" cy="${y + 92}" r="58" fill="#e3f1ff"/>${at(x + 80, y + 92, icon.hands(i + 1), 0.9)}<circle cx="${x + 30}" cy="${y + 30}" r="19" fill="${BLUE}"/>${text(x + 30, y + 38, String(i + 1), { size: 22, weight: 800, fill: '#fff', anchor: 'middle' })}${text(x + 150, y + 70, `Bước ${i + 1}`, { size: 26, weight: 800, fill: NAVY })}${text(x + 150, y + 108, wrap(s.join(' '), 19), { size: 19, lh: 1.35 })}`;
    })
    .join('\n');
  const tip = `<rect x="40" y="862" width="720" height="54" rx="14" fill="#fff4d6"/>${text(400, 897, 'Rửa tay trước khi ăn, sau khi đi vệ sinh, ho, hắt hơi và khi về nhà.', { size: 20, weight: 600, fill: '#7a4b00', anchor: 'middle' })}`;
  return frame({
    kicker: 'PHÒNG, CHỐNG DỊCH COVID-19',
    title: 'RỬA TAY ĐÚNG CÁCH',
    sub: '6 bước, ít nhất 30 giây với xà phòng và nước sạch',
    desc: 'Sáu bước rửa tay bằng xà phòng theo khuyến cáo của Bộ Y tế.',
    body: body + tip,
    accent: '#1486d6',
  });
}
function wrap(s, max) {
  const out = [];
  let cur = '';
  for (const w of s.split(' ')) {
    const t = cur ? `${cur} ${w}` : w;
    if (t.length > max && cur) {
      out.push(cur);
      cur = w;
    } else cur = t;
  }
  if (cur) out.push(cur);
  return out;
}

// ---- 3. Khai báo y tế --------------------------------------------------------------------------------
function declare() {
  const who = [
    'Người đi về từ vùng có dịch trong nước và nước ngoài.',
    'Người tiếp xúc gần với ca bệnh hoặc người nghi nhiễm.',
    'Người có biểu hiện sốt, ho, khó thở, đau họng.',
    'Mọi người dân: khai báo y tế tự nguyện, toàn dân.',
  ];
  let body = `${card(40, 222, 720, 300)}${text(70, 272, 'AI CẦN KHAI BÁO?', { size: 30, weight: 800, fill: NAVY })}`;
  who.forEach((w, i) => {
    const y = 322 + i * 52;
    body += `<circle cx="84" cy="${y - 8}" r="14" fill="#2a9d4b"/><path d="M77,${y - 8} l5,5 l9,-10" stroke="#fff" stroke-width="3.5" fill="none" stroke-linecap="round"/>${text(112, y, w, { size: 22 })}`;
  });
  body += text(400, 580, 'KHAI BÁO Ở ĐÂU?', { size: 30, weight: 800, fill: NAVY, anchor: 'middle' });
  const where = [
    [icon.phone(), 'Ứng dụng NCOVI', ['Tải miễn phí trên', 'App Store, Google Play']],
    [icon.globe(), 'tokhaiyte.vn', ['Khai báo trên', 'trình duyệt web']],
    [icon.clinic(), 'Trạm y tế', ['xã, phường nơi cư trú', 'hoặc chốt kiểm dịch']],
  ];
  where.forEach(([ic, h, d], i) => {
    const x = 40 + i * 245;
    body += `${card(x, 608, 230, 230)}<circle cx="${x + 115}" cy="${668}" r="48" fill="#e7f0fc"/>${at(x + 115, 668, ic, 0.85)}${text(x + 115, 752, h, { size: 24, weight: 800, fill: NAVY, anchor: 'middle' })}${text(x + 115, 786, d, { size: 18, anchor: 'middle', lh: 1.3 })}`;
  });
  body += `<rect x="40" y="856" width="720" height="56" rx="14" fill="#fde2e2"/>${text(400, 892, 'Khai báo gian dối, che giấu bệnh là vi phạm pháp luật.', { size: 21, weight: 700, fill: '#9b1c1c', anchor: 'middle' })}`;
  return frame({
    kicker: 'SỞ Y TẾ TỈNH LẠNG SƠN',
    title: 'KHAI BÁO Y TẾ',
    sub: 'Bảo vệ bản thân, gia đình và cộng đồng',
    desc: 'Ai cần khai báo y tế và khai báo ở đâu: ứng dụng NCOVI, trang tokhaiyte.vn, trạm y tế xã, phường.',
    body,
    source: 'Nguồn: Bộ Y tế, Sở Y tế tỉnh Lạng Sơn',
  });
}

// ---- 4. Đường dây nóng ------------------------------------------------------------------------------
function hotlines() {
  const rows = [
    ['Bộ Y tế', '1900 9095', 'Toàn quốc, 24/7', RED],
    ['Tổng đài tư vấn Bộ Y tế', '1900 3228', 'Tư vấn sức khỏe, 24/7', RED],
    ['Sở Y tế tỉnh Lạng Sơn', '0205 3 870 115', 'Toàn tỉnh, 24/7', BLUE],
    ['CDC tỉnh Lạng Sơn', '0205 3 871 966', 'Kiểm soát bệnh tật, 7h00–21h00', BLUE],
    ['Trung tâm Y tế TP Lạng Sơn', '0205 3 812 315', 'TP Lạng Sơn, 24/7', BLUE],
    ['Bệnh viện Đa khoa tỉnh', '0205 3 870 220', 'Khám sàng lọc, gọi trước khi đến', BLUE],
  ];
  const body = rows
    .map(([who, num, note, c], i) => {
      const y = 222 + i * 104;
      return `${card(40, y, 720, 90)}<circle cx="96" cy="${y + 45}" r="30" fill="${c}"/>${at(96, y + 45, icon.handset(), 0.8)}${text(146, y + 38, who, { size: 22, weight: 700 })}${text(146, y + 70, note, { size: 18, fill: '#55667f' })}${text(738, y + 58, num, { size: 30, weight: 800, fill: c, anchor: 'end' })}`;
    })
    .join('\n');
  const note = text(400, 885, ['Khi có sốt, ho, khó thở: gọi điện trước, không tự ý đến bệnh viện.', 'Các số địa phương trên ảnh là số minh họa (dữ liệu demo).'], { size: 19, fill: '#55667f', anchor: 'middle' });
  return frame({
    kicker: 'PHÒNG, CHỐNG DỊCH COVID-19',
    title: 'ĐƯỜNG DÂY NÓNG',
    sub: 'Gọi ngay khi cần tư vấn, báo tin về dịch bệnh',
    desc: 'Số điện thoại đường dây nóng của Bộ Y tế và các cơ quan y tế tỉnh Lạng Sơn.',
    body: body + note,
    source: 'Nguồn: Bộ Y tế, Sở Y tế tỉnh Lạng Sơn',
    foot: 'sukien.langson.example',
    accent: '#c0392b',
  });
}

// ---- 5. Dấu hiệu nghi nhiễm --------------------------------------------------------------------------
function symptoms() {
  const items = [
    [icon.thermo(), 'Sốt', 'Nhiệt độ từ 37,5°C trở lên'],
    [icon.cough(), 'Ho', 'Ho khan hoặc ho có đờm'],
    [icon.lungs(), 'Khó thở', 'Thở nhanh, hụt hơi, tức ngực'],
    [icon.throat(), 'Đau họng, mệt mỏi', 'Đau rát họng, đau mỏi người'],
  ];
  let body = '';
  items.forEach(([ic, h, d], i) => {
    const x = 40 + (i % 2) * 370;
    const y = 222 + Math.floor(i / 2) * 232;
    body += `${card(x, y, 350, 214)}<circle cx="${x + 175}" cy="${y + 82}" r="56" fill="#fdecec"/>${at(x + 175, y + 82, ic)}${text(x + 175, y + 170, h, { size: 28, weight: 800, fill: '#9b1c1c', anchor: 'middle' })}${text(x + 175, y + 200, d, { size: 18, fill: '#55667f', anchor: 'middle' })}`;
  });
  const todo = [
    '1. Đeo khẩu trang, hạn chế tiếp xúc với người khác.',
    '2. Gọi đường dây nóng 1900 9095 hoặc trạm y tế gần nhất.',
    '3. Không tự ý đến bệnh viện; làm theo hướng dẫn của y tế.',
  ];
  body += `${card(40, 692, 720, 220, '#0a3d7a')}${text(70, 740, 'KHI CÓ DẤU HIỆU TRÊN', { size: 28, weight: 800, fill: '#ffd166' })}${text(70, 784, todo, { size: 22, fill: '#ffffff', lh: 1.6 })}`;
  return frame({
    kicker: 'PHÒNG, CHỐNG DỊCH COVID-19',
    title: 'DẤU HIỆU NGHI NHIỄM',
    sub: 'Nhận biết sớm để được hướng dẫn kịp thời',
    desc: 'Các dấu hiệu nghi nhiễm COVID-19: sốt, ho, khó thở, đau họng, mệt mỏi; và việc cần làm khi có dấu hiệu.',
    body,
    accent: '#c0392b',
  });
}

// ---- 6. Đeo khẩu trang đúng cách ---------------------------------------------------------------------
function wearMask() {
  const steps = [
    ['Rửa tay', 'bằng xà phòng hoặc dung dịch sát khuẩn trước khi đeo.'],
    ['Đúng mặt', 'mặt màu ra ngoài, thanh kim loại nằm phía trên.'],
    ['Che kín', 'mũi và miệng; ép thanh kim loại theo sống mũi.'],
    ['Không chạm', 'tay vào mặt ngoài khẩu trang khi đang đeo.'],
    ['Tháo đúng cách', 'cầm dây đeo để tháo, bỏ vào thùng rác có nắp, rửa tay.'],
  ];
  const body = steps
    .map(([h, d], i) => {
      const y = 222 + i * 136;
      const ic = i === 0 ? icon.soap() : i === 3 ? `${icon.mask()}<circle r="46" fill="none" stroke="${RED}" stroke-width="6"/><path d="M-32,-32 L32,32" stroke="${RED}" stroke-width="6"/>` : icon.mask(i === 4 ? '#7a8aa3' : BLUE);
      return `${card(40, y, 720, 120)}<circle cx="120" cy="${y + 60}" r="50" fill="#e7f0fc"/>${at(120, y + 60, ic, 0.9)}${text(200, y + 50, `${i + 1}. ${h}`, { size: 28, weight: 800, fill: NAVY })}${text(200, y + 86, wrap(d, 44), { size: 21, lh: 1.3 })}`;
    })
    .join('\n');
  return frame({
    kicker: 'BỘ Y TẾ HƯỚNG DẪN',
    title: 'ĐEO KHẨU TRANG ĐÚNG CÁCH',
    sub: 'Khẩu trang vải sạch cũng giúp phòng bệnh',
    desc: 'Năm bước đeo và tháo khẩu trang đúng cách theo hướng dẫn của Bộ Y tế.',
    body,
  }).replace('font-size="52"', 'font-size="44"');
}

// ---- news illustration (a checkpoint) -----------------------------------------------------------------
function checkpoint() {
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 540" width="960" height="540" font-family="${FONT}">
<title>Tranh minh họa chốt kiểm soát dịch bệnh</title>
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9fd3ff"/><stop offset="1" stop-color="#e8f5ff"/></linearGradient></defs>
<rect width="960" height="540" fill="url(#sky)"/>
<path d="M0,300 L120,200 L230,270 L360,170 L500,260 L620,190 L760,250 L880,180 L960,230 V360 H0 Z" fill="#6fae7a"/>
<path d="M0,330 L160,260 L300,320 L460,250 L640,320 L800,270 L960,310 V380 H0 Z" fill="#4d8f5d"/>
<rect y="360" width="960" height="180" fill="#7d8794"/>
<path d="M0,450 H960" stroke="#f5f5f5" stroke-width="6" stroke-dasharray="50 40"/>
<path d="M80,360 L200,260 L320,360 Z" fill="#f2f2f2"/><rect x="90" y="360" width="220" height="10" fill="#c9c9c9"/>
<rect x="100" y="300" width="200" height="60" fill="#ffffff" opacity="0.9"/>
<rect x="108" y="312" width="184" height="34" rx="4" fill="${RED}"/>
<text x="200" y="335" font-size="16" font-weight="800" fill="#fff" text-anchor="middle">TRẠM KIỂM DỊCH</text>
<rect x="360" y="376" width="260" height="10" fill="#f3c623"/><rect x="360" y="376" width="30" height="10" fill="#222"/><rect x="420" y="376" width="30" height="10" fill="#222"/><rect x="480" y="376" width="30" height="10" fill="#222"/><rect x="540" y="376" width="30" height="10" fill="#222"/><rect x="600" y="376" width="20" height="10" fill="#222"/>
<rect x="352" y="370" width="12" height="60" fill="#555"/>
<g transform="translate(700 330)">
<circle cx="0" cy="0" r="22" fill="#ffffff" stroke="#cfd8e3" stroke-width="3"/>
<rect x="-14" y="-6" width="28" height="12" rx="5" fill="#7cc0ff"/>
<path d="M-26,24 Q0,10 26,24 L32,110 H-32 Z" fill="#ffffff" stroke="#cfd8e3" stroke-width="3"/>
<path d="M-24,40 L-60,70" stroke="#ffffff" stroke-width="16" stroke-linecap="round"/>
<rect x="-78" y="62" width="22" height="12" rx="3" fill="#2b2b2b"/>
<rect x="-30" y="110" width="24" height="60" fill="#e9eef5"/><rect x="6" y="110" width="24" height="60" fill="#e9eef5"/>
</g>
<g transform="translate(560 400)">
<circle cx="-40" cy="40" r="30" fill="#222"/><circle cx="-40" cy="40" r="12" fill="#999"/>
<circle cx="70" cy="40" r="30" fill="#222"/><circle cx="70" cy="40" r="12" fill="#999"/>
<path d="M-40,40 L0,0 H50 L70,40" stroke="#c0392b" stroke-width="10" fill="none"/>
<path d="M-10,-6 H40 L50,10 H-20 Z" fill="#c0392b"/>
<circle cx="10" cy="-84" r="18" fill="#ffd8b0"/><path d="M-8,-92 Q10,-116 28,-92 Z" fill="#2e6fd1"/>
<rect x="2" y="-82" width="18" height="9" rx="3" fill="#7cc0ff"/>
<path d="M-4,-64 H26 L30,-8 H-8 Z" fill="#2f7d4f"/>
<path d="M0,-10 L-20,30 M22,-10 L30,30" stroke="#33475b" stroke-width="10" stroke-linecap="round"/>
</g>
<rect x="0" y="500" width="960" height="40" fill="#000" opacity="0.45"/>
<text x="20" y="527" font-size="18" fill="#fff">Tranh minh họa – dữ liệu demo</text>
</svg>
`;
}

// ---- write ---------------------------------------------------------------------------------------------
const items = [
  { name: '5k', svg: fiveK(), out: 'png' },
  { name: 'rua-tay', svg: washHands(), out: 'png' },
  { name: 'deo-khau-trang', svg: wearMask(), out: 'jpg' },
  { name: 'khai-bao-y-te', svg: declare(), out: 'svg' },
  { name: 'duong-day-nong', svg: hotlines(), out: 'svg' },
  { name: 'dau-hieu-nghi-nhiem', svg: symptoms(), out: 'svg' },
];

const DANGER = [/<script[\s>/]/i, /\son[a-z]+\s*=/i, /javascript\s*:/i, /<foreignObject[\s>/]/i, /(?:href|src)\s*=\s*["'](?!#)/i, /url\(\s*["']?(?!#)/i];

async function render(svg, file, kind, width) {
  const img = sharp(Buffer.from(svg), { density: 72 * (width / 800) }).resize({ width });
  if (kind === 'png') await img.png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toFile(file);
  else await img.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }).toFile(file);
  return statSync(file).size;
}

for (const it of items) {
  const svg = it.svg.normalize('NFC');
  for (const re of DANGER) if (re.test(svg)) throw new Error(`${it.name}.svg matches ${re}`);
  if (it.out === 'svg') {
    writeFileSync(path.join(INFO, `${it.name}.svg`), svg);
    console.log(`${it.name}.svg ${statSync(path.join(INFO, `${it.name}.svg`)).size} bytes`);
  } else {
    writeFileSync(path.join(SRC, `${it.name}.svg`), svg);
    const file = path.join(INFO, `${it.name}.${it.out}`);
    const size = await render(svg, file, it.out, 800);
    console.log(`${it.name}.${it.out} ${size} bytes`);
  }
}

// news illustration
{
  const svg = checkpoint().normalize('NFC');
  writeFileSync(path.join(SRC, 'chot-kiem-dich.svg'), svg);
  const file = path.join(NEWS, 'chot-kiem-dich.jpg');
  const img = sharp(Buffer.from(svg)).resize({ width: 960 });
  await img.jpeg({ quality: 80, mozjpeg: true }).toFile(file);
  console.log(`news/chot-kiem-dich.jpg ${statSync(file).size} bytes`);
}

// a short video of the hand-washing infographic (slow zoom), H.264, no audio
{
  const out = path.join(INFO, 'rua-tay.mp4');
  const png = path.join(INFO, 'rua-tay.png');
  const tmp = path.join(SRC, '.rua-tay-frame.png');
  await sharp(png).resize({ width: 960 }).png().toFile(tmp); // extra room for the zoom
  if (existsSync(out)) rmSync(out);
  execFileSync('ffmpeg', [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-loop', '1', '-i', tmp,
    '-vf', "zoompan=z='min(1+0.0025*on,1.18)':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=75:s=480x600:fps=25,format=yuv420p",
    '-frames:v', '75', '-c:v', 'libx264', '-profile:v', 'main', '-preset', 'veryslow', '-crf', '30',
    '-movflags', '+faststart', '-an', '-map_metadata', '-1', '-fflags', '+bitexact', '-flags:v', '+bitexact',
    out,
  ]);
  rmSync(tmp);
  console.log(`rua-tay.mp4 ${statSync(out).size} bytes`);
}
