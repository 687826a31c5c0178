#!/usr/bin/env python3
"""Writes the small one-page "scanned" PDFs attached to the demo directives.

Each PDF is a one-page A4 facsimile of the first page of the document (national motto,
number, title, opening lines, signature and a red seal) with a visible "BẢN MINH HỌA"
watermark. Text is real text (searchable, copyable) in a subset of DejaVu Sans embedded
as a CIDFontType2 font, so Vietnamese diacritics are right and each file stays under 5 KB.

Needs: python3 with fontTools (pip install fonttools), fonts-dejavu-core.
Usage (from the repository root): python3 scripts/demo-assets/make-pdfs.py [content-dir]
"""
import io
import math
import sys
import unicodedata
import zlib
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
CONTENT = Path(sys.argv[1] if len(sys.argv) > 1 else 'content')

DOCS = [
    {
        'file': 'directives/03-ct-ubnd.pdf',
        'left': ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN'],
        'number': 'Số: 03/CT-UBND',
        'place': 'Lạng Sơn, ngày 31 tháng 3 năm 2020',
        'urgent': True,
        'kind': 'CHỈ THỊ',
        'title': 'Về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19 trên địa bàn tỉnh Lạng Sơn',
        'body': 'Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị: 1. Thực hiện cách ly toàn xã hội trong 15 ngày, từ 0 giờ ngày 01/4/2020 đến hết ngày 15/4/2020. (...)',
        'role': ['CHỦ TỊCH'],
        'signer': 'Lương Văn Đức',
        'seal': 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
    },
    {
        'file': 'directives/545-kh-ubnd.pdf',
        'left': ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN'],
        'number': 'Số: 545/KH-UBND',
        'place': 'Lạng Sơn, ngày 14 tháng 02 năm 2020',
        'urgent': False,
        'kind': 'KẾ HOẠCH',
        'title': 'Ứng phó với dịch COVID-19 theo các cấp độ trên địa bàn tỉnh Lạng Sơn',
        'body': 'I. MỤC ĐÍCH, YÊU CẦU. 1. Chủ động phát hiện sớm, cách ly kịp thời, khoanh vùng và xử lý triệt để ổ dịch, không để dịch lây lan trong cộng đồng. (...)',
        'role': ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
        'signer': 'Hoàng Thị Minh Thu',
        'seal': 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
    },
    {
        'file': 'directives/02-cd-ubnd.pdf',
        'left': ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN'],
        'number': 'Số: 02/CĐ-UBND',
        'place': 'Lạng Sơn, ngày 17 tháng 3 năm 2020',
        'urgent': True,
        'kind': 'CÔNG ĐIỆN',
        'title': 'Về việc tăng cường các biện pháp cấp bách phòng, chống dịch COVID-19',
        'body': 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện: Giám đốc các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố. 1. Tạm dừng tổ chức lễ hội, sự kiện tập trung đông người. (...)',
        'role': ['CHỦ TỊCH'],
        'signer': 'Lương Văn Đức',
        'seal': 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
    },
    {
        'file': 'directives/1102-syt-nvy.pdf',
        'left': ['UBND TỈNH LẠNG SƠN', 'SỞ Y TẾ'],
        'number': 'Số: 1102/SYT-NVY',
        'place': 'Lạng Sơn, ngày 12 tháng 3 năm 2020',
        'urgent': False,
        'kind': 'HƯỚNG DẪN',
        'title': 'Cách ly y tế tại nhà, nơi lưu trú phòng, chống dịch COVID-19',
        'body': 'Thực hiện Kế hoạch số 545/KH-UBND ngày 14/02/2020 của Ủy ban nhân dân tỉnh, Sở Y tế hướng dẫn: 1. Đối tượng: người tiếp xúc với người tiếp xúc gần (F2); người đi về từ vùng có dịch trong nước. (...)',
        'role': ['GIÁM ĐỐC'],
        'signer': 'Nông Văn Thành',
        'seal': 'SỞ Y TẾ TỈNH LẠNG SƠN',
    },
]

MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']
MARK = 'BẢN MINH HỌA - DỮ LIỆU DEMO'
W, H = 595, 842  # A4 in points
UPEM = 256


def nfc(s):
    return unicodedata.normalize('NFC', s)


def all_text(doc):
    parts = doc['left'] + MOTTO + [doc['number'], doc['place'], doc['kind'], doc['title'], doc['body'],
                                   doc['signer'], doc['seal'], MARK, 'KHẨN'] + doc['role']
    return nfc(''.join(parts))


def build(doc):
    text = all_text(doc)
    # subset the font to the characters used
    opts = subset.Options()
    opts.hinting = False
    opts.desubroutinize = True
    opts.notdef_outline = False
    opts.layout_features = []
    opts.name_IDs = []
    opts.drop_tables += ['FFTM', 'GDEF', 'GPOS', 'GSUB', 'kern', 'DSIG', 'hdmx', 'VDMX', 'LTSH', 'gasp', 'MATH']
    font = TTFont(FONT)
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    cmap = font.getBestCmap()
    order = font.getGlyphOrder()
    gid = {ch: order.index(cmap[ord(ch)]) for ch in set(text) if ord(ch) in cmap}
    # a coarse grid (256 units to the em, 0.05 pt at 12 pt) makes the outlines half as big;
    # the tables a PDF reader does not use for an embedded CID font are dropped
    scale_upem(font, UPEM)
    for t in ['name', 'cmap', 'OS/2', 'post']:
        if t in font:
            del font[t]
    buf = io.BytesIO()
    font.save(buf)
    fontdata = buf.getvalue()
    font = TTFont(io.BytesIO(fontdata))
    upem = font['head'].unitsPerEm
    hmtx = font['hmtx']
    order = font.getGlyphOrder()
    adv = {ch: hmtx[order[g]][0] * 1000 / upem for ch, g in gid.items()}

    def width(s, size):
        return sum(adv.get(ch, 500) for ch in s) * size / 1000

    def hexs(s):
        return '<' + ''.join('%04X' % gid[ch] for ch in s if ch in gid) + '>'

    ops = []

    def num(v):
        t = ('%.2f' % v).rstrip('0').rstrip('.')
        return '0' if t == '-0' else t

    def line(s, x, y, size, bold=False):
        """One line of black text; bold is faked with fill + stroke."""
        ops.append('BT %s/F1 %s Tf %s %s Td %s Tj ET%s' % (
            '2 Tr %s w ' % num(size * 0.035) if bold else '', num(size), num(x), num(y), hexs(nfc(s)),
            ' 0 Tr' if bold else ''))

    def center(s, cx, y, size, bold=False):
        line(s, cx - width(nfc(s), size) / 2, y, size, bold)

    def wrap(s, size, maxw):
        words, lines, cur = nfc(s).split(' '), [], ''
        for wd in words:
            t = (cur + ' ' + wd).strip()
            if width(t, size) > maxw and cur:
                lines.append(cur)
                cur = wd
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    # watermark, light grey, across the page
    c, sn = math.cos(math.radians(35)), math.sin(math.radians(35))
    ops.append('BT .88 g /F1 34 Tf %s %s %s %s 95 250 Tm %s Tj ET 0 g' % (num(c), num(sn), num(-sn), num(c), hexs(nfc(MARK))))
    # header: agency on the left, national motto on the right
    lx, rx = 150, 400
    center(doc['left'][0], lx, 790, 10.5)
    center(doc['left'][1], lx, 776, 10.5, bold=True)
    ops.append('.6 w %s 767 m %s 767 l S' % (lx - 30, lx + 30))
    center(MOTTO[0], rx, 790, 10.5, bold=True)
    center(MOTTO[1], rx, 776, 11, bold=True)
    half = width(nfc(MOTTO[1]), 11) / 2
    ops.append('%s 767 m %s 767 l S' % (num(rx - half), num(rx + half)))
    center(doc['number'], lx, 748, 11)
    center(doc['place'], rx, 748, 11)
    if doc['urgent']:
        ops.append('.8 .1 .1 rg .8 .1 .1 RG')
        line('KHẨN', 72, 712, 14, bold=True)
        ops.append('1.2 w 66 706 52 24 re S 0 g 0 G .6 w')
    # kind, title (trích yếu), opening lines
    center(doc['kind'], W / 2, 690, 14, bold=True)
    y = 670
    for t in wrap(doc['title'], 12, 400):
        center(t, W / 2, y, 12, bold=True)
        y -= 16
    ops.append('.6 w %s %s m %s %s l S' % (num(W / 2 - 50), num(y + 6), num(W / 2 + 50), num(y + 6)))
    y -= 14
    for t in wrap(doc['body'], 12, W - 2 * 72):
        line(t, 72, y, 12)
        y -= 17
    # signature block
    sx, sy = 420, y - 30
    for i, r in enumerate(doc['role']):
        center(r, sx, sy - i * 15, 11.5, bold=True)
    # red seal: two rings, a star, the agency's name around the top
    extra = 15 * (len(doc['role']) - 1)
    cx, cy, r = sx - 20, sy - 62 - extra, 40

    def circle(rad):
        k = 0.5523 * rad
        pts = [(cx + rad, cy), (cx + rad, cy + k), (cx + k, cy + rad), (cx, cy + rad), (cx - k, cy + rad), (cx - rad, cy + k),
               (cx - rad, cy), (cx - rad, cy - k), (cx - k, cy - rad), (cx, cy - rad), (cx + k, cy - rad), (cx + rad, cy - k), (cx + rad, cy)]
        out = '%s %s m' % (num(pts[0][0]), num(pts[0][1]))
        for i in range(1, 13, 3):
            out += ' ' + ' '.join('%s %s' % (num(px), num(py)) for px, py in pts[i:i + 3]) + ' c'
        return out + ' S'
    ops.append('q .82 .12 .12 RG .82 .12 .12 rg 1.6 w %s .8 w %s' % (circle(r), circle(r * 0.62)))
    pts = []
    for i in range(10):
        rad = r * 0.5 if i % 2 == 0 else r * 0.2
        a = math.pi / 2 + i * math.pi / 5
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    ops.append('%s %s m ' % tuple(map(num, pts[0])) + ' '.join('%s %s l' % tuple(map(num, p)) for p in pts[1:]) + ' h f')
    seal = nfc(doc['seal'])
    size = 6.2
    rr = r * 0.74
    a = math.pi / 2 + width(seal, size) / rr / 2
    glyphs = []
    for ch in seal:
        wch = adv.get(ch, 500) * size / 1000
        mid = a - (wch / 2) / rr
        rot = mid - math.pi / 2
        x = cx + rr * math.cos(mid) - (wch / 2) * math.cos(rot)
        yy = cy + rr * math.sin(mid) - (wch / 2) * math.sin(rot)
        if ch != ' ':
            glyphs.append('%s %s %s %s %s %s Tm %s Tj' % ('%.3f' % math.cos(rot), '%.3f' % math.sin(rot), '%.3f' % -math.sin(rot),
                                                       '%.3f' % math.cos(rot), num(x), num(yy), hexs(ch)))
        a -= wch / rr
    ops.append('BT /F1 %s Tf %s ET Q' % (num(size), ' '.join(glyphs)))
    center(doc['signer'], sx, sy - 130 - extra, 12, bold=True)

    content = zlib.compress('\n'.join(ops).encode('latin-1'), 9)
    fontz = zlib.compress(fontdata, 9)

    # ToUnicode CMap, so that the text can be searched and copied
    pairs = sorted((g, ch) for ch, g in gid.items())
    cm = ['/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
          '/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def',
          '/CMapName/Adobe-Identity-UCS def/CMapType 2 def',
          '1 begincodespacerange<0000><FFFF>endcodespacerange']
    for i in range(0, len(pairs), 100):
        chunk = pairs[i:i + 100]
        cm.append('%d beginbfchar' % len(chunk))
        cm += ['<%04X><%04X>' % (g, ord(ch)) for g, ch in chunk]
        cm.append('endbfchar')
    cm.append('endcmap CMapName currentdict/CMap defineresource pop end end')
    tounicode = zlib.compress('\n'.join(cm).encode('ascii'), 9)

    byg = {g: round(adv[ch]) for g, ch in pairs}
    widths = '1[%s]' % ' '.join(str(byg.get(g, 0)) for g in range(1, max(byg) + 1))
    head = font['head']
    sc = 1000 / upem
    # objects 1-6 are small dictionaries packed into one compressed object stream (7);
    # 8-10 are the streams; 11 is the cross-reference stream
    small = [
        '<</Type/Catalog/Pages 2 0 R>>',
        '<</Type/Pages/Kids[3 0 R]/Count 1>>',
        '<</Type/Page/Parent 2 0 R/MediaBox[0 0 %d %d]/Resources<</Font<</F1 4 0 R>>>>/Contents 8 0 R>>' % (W, H),
        '<</Type/Font/Subtype/Type0/BaseFont/AAAAAA+DejaVuSans/Encoding/Identity-H/DescendantFonts[5 0 R]/ToUnicode 9 0 R>>',
        '<</Type/Font/Subtype/CIDFontType2/BaseFont/AAAAAA+DejaVuSans/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>'
        '/FontDescriptor 6 0 R/CIDToGIDMap/Identity/DW 600/W[%s]>>' % widths,
        '<</Type/FontDescriptor/FontName/AAAAAA+DejaVuSans/Flags 32/FontBBox[%d %d %d %d]/ItalicAngle 0/Ascent 928/Descent -236'
        '/CapHeight 729/StemV 80/FontFile2 10 0 R>>' % (head.xMin * sc, head.yMin * sc, head.xMax * sc, head.yMax * sc),
    ]
    index, body = [], ''
    for i, o in enumerate(small, 1):
        index.append('%d %d' % (i, len(body)))
        body += o + '\n'
    first = ' '.join(index) + '\n'
    objstm = zlib.compress((first + body).encode('ascii'), 9)
    streams = {
        7: b'<</Type/ObjStm/N %d/First %d/Length %d/Filter/FlateDecode>>stream\n' % (len(small), len(first), len(objstm)) + objstm + b'\nendstream',
        8: b'<</Length %d/Filter/FlateDecode>>stream\n' % len(content) + content + b'\nendstream',
        9: b'<</Length %d/Filter/FlateDecode>>stream\n' % len(tounicode) + tounicode + b'\nendstream',
        10: b'<</Length %d/Length1 %d/Filter/FlateDecode>>stream\n' % (len(fontz), len(fontdata)) + fontz + b'\nendstream',
    }
    out = bytearray(b'%PDF-1.5\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for n, data in streams.items():
        offsets[n] = len(out)
        out += b'%d 0 obj\n' % n + data + b'\nendobj\n'
    xref_at = len(out)
    rows = [b'\x00' + b'\x00\x00\x00' + b'\xff']  # object 0: free
    for i in range(1, 7):
        rows.append(b'\x02' + (7).to_bytes(3, 'big') + (i - 1).to_bytes(1, 'big'))
    for n in range(7, 11):
        rows.append(b'\x01' + offsets[n].to_bytes(3, 'big') + b'\x00')
    rows.append(b'\x01' + xref_at.to_bytes(3, 'big') + b'\x00')
    xref = zlib.compress(b''.join(rows), 9)
    out += (b'11 0 obj\n<</Type/XRef/Size 12/W[1 3 1]/Root 1 0 R/Length %d/Filter/FlateDecode>>stream\n' % len(xref)
            + xref + b'\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n' % xref_at)
    path = CONTENT / doc['file']
    path.write_bytes(bytes(out))
    return path, len(out)


if __name__ == '__main__':
    for d in DOCS:
        p, n = build(d)
        print('%s %d bytes' % (p, n))
