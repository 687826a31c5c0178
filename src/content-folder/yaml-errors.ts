/**
 * YAML mistakes explained in Vietnamese, at the line where the mistake is: the parser's own
 * reasons ("duplicated mapping key", "tab characters must not be used in indentation") mean
 * nothing to the staff who write the bulletin.
 */
import type { Finding } from '../domain/findings.ts';
import { isYamlError, parseYaml } from './text.ts';

/** The parser's reason (its start) and what it means for someone writing the file. */
const REASONS: readonly [string, string][] = [
  ['duplicated mapping key', 'một trường được ghi hai lần; mỗi trường chỉ được ghi một lần, hãy xóa hoặc gộp dòng lặp lại'],
  ['tab characters must not be used in indentation', 'dòng này thụt lề bằng phím Tab; chỉ được thụt lề bằng dấu cách'],
  ['bad indentation of a mapping entry', 'thụt lề không đúng: các trường cùng cấp phải thẳng hàng, trường con thụt vào bằng dấu cách'],
  ['bad indentation of a sequence entry', 'thụt lề không đúng: các dòng "- …" của một danh sách phải thẳng hàng'],
  ['can not read a block mapping entry', 'thiếu dấu hai chấm sau tên trường, hoặc một giá trị bị xuống dòng mà không đặt trong ngoặc kép'],
  ['can not read an implicit mapping pair', 'thiếu dấu hai chấm (:) giữa tên trường và giá trị'],
  [
    'end of the stream or a document separator is expected',
    'có dòng không đúng dạng "tên: giá trị" (thường do thụt lề sai hoặc thiếu dấu hai chấm)',
  ],
  ['incomplete explicit mapping pair', 'có dòng không đúng dạng "tên: giá trị"'],
  ['missed comma between flow collection entries', 'thiếu dấu phẩy giữa các mục trong ngoặc { } hoặc [ ]'],
  ['unexpected end of the stream within a flow collection', 'thiếu dấu đóng ngoặc } hoặc ]'],
  ['unexpected end of the stream within a double quoted scalar', 'dấu ngoặc kép (") mở ở dòng này chưa được đóng'],
  ['unexpected end of the document within a double quoted scalar', 'dấu ngoặc kép (") mở ở dòng này chưa được đóng'],
  ['unexpected end of the stream within a single quoted scalar', "dấu nháy đơn (') mở ở dòng này chưa được đóng"],
  ['unexpected end of the document within a single quoted scalar', "dấu nháy đơn (') mở ở dòng này chưa được đóng"],
  [
    'unknown escape sequence',
    'trong ngoặc kép, dấu \\ phải đi với một ký tự thoát (\\n, \\", \\\\); muốn viết dấu \\ thì viết \\\\ hoặc dùng nháy đơn',
  ],
  ['expected hexadecimal character', 'trong ngoặc kép, \\x, \\u hay \\U phải có mã số hệ 16 theo sau; muốn viết dấu \\ thì viết \\\\'],
  ['a whitespace character is expected after the key-value separator', 'cần một dấu cách sau dấu hai chấm'],
  ["expected the node content, but found ','", 'có dấu phẩy thừa, hoặc thiếu giá trị trước dấu phẩy'],
  ['unidentified alias', 'dấu * ở đầu giá trị có nghĩa riêng trong YAML; hãy đặt giá trị trong ngoặc kép'],
  ['name of an alias node', 'dấu * ở đầu giá trị có nghĩa riêng trong YAML; hãy đặt giá trị trong ngoặc kép'],
  ['name of an anchor node', 'dấu & ở đầu giá trị có nghĩa riêng trong YAML; hãy đặt giá trị trong ngoặc kép'],
  ['expected a single document in the stream', 'tệp chỉ được có một phần khai báo; hãy xóa dòng --- thừa'],
  ['missing indentation for block scalar', 'sau dấu | hoặc > phải là các dòng thụt lề bằng dấu cách'],
  ['a line break is expected', 'cần xuống dòng ở đây'],
  ['nesting exceeded maxDepth', 'lồng quá nhiều cấp ngoặc hoặc thụt lề'],
];

/** What a YAML reason means, in Vietnamese; characters with a meaning of their own otherwise. */
function explainYaml(reason: string): string {
  const known = REASONS.find(([start]) => reason.startsWith(start));
  if (known) return known[1];
  if (/tag|handle/.test(reason)) return 'dấu ! ở đầu giá trị có nghĩa riêng trong YAML; hãy đặt giá trị trong ngoặc kép';
  if (/directive|%YAML/.test(reason)) return 'dòng bắt đầu bằng % có nghĩa riêng trong YAML; hãy đặt giá trị trong ngoặc kép';
  if (/merge/.test(reason)) return 'dấu << có nghĩa riêng trong YAML; hãy đặt giá trị trong ngoặc kép';
  if (/block scalar|chomping|indentation width/.test(reason))
    return 'dấu | hoặc > ở đầu giá trị có nghĩa riêng trong YAML; hãy đặt giá trị trong ngoặc kép';
  return 'cú pháp YAML không đúng';
}

const isUnclosedQuote = (error: unknown) => isYamlError(error) && / quoted scalar$/.test(error.reason);

function parses(text: string): unknown {
  try {
    parseYaml(text);
    return undefined;
  } catch (error) {
    return error;
  }
}

/**
 * The parser reports an unclosed quote where the file ends. The quote was opened on the first
 * line from which every longer start of the text still ends inside a quote.
 */
function unclosedQuoteLine(yamlText: string): number | undefined {
  const lines = yamlText.split('\n');
  if (lines.length > 2000) return undefined;
  let opened: number | undefined;
  for (let end = lines.length; end > 0; end--) {
    if (!isUnclosedQuote(parses(lines.slice(0, end).join('\n')))) break;
    opened = end - 1;
  }
  return opened;
}

/**
 * A line without a colon makes the parser read it and the next line as one key, and it
 * reports the next line: the mistake is the line above that has no colon.
 */
function keyWithoutColonLine(yamlText: string, reported: number): number {
  const lines = yamlText.split('\n');
  for (let i = reported - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    return line.includes(':') ? reported : i;
  }
  return reported;
}

/** A YAML mistake as a finding: the file, the line of the mistake and what it means. */
export function yamlFinding(file: string, error: unknown, yamlText: string, firstLine: number): Finding {
  if (!isYamlError(error)) return { severity: 'error', file, message: `không đọc được YAML: ${String(error)}` };
  const at = isUnclosedQuote(error)
    ? (unclosedQuoteLine(yamlText) ?? error.mark.line)
    : error.reason.startsWith('can not read a block mapping entry')
      ? keyWithoutColonLine(yamlText, error.mark.line)
      : error.mark.line;
  return {
    severity: 'error',
    file,
    line: at + firstLine,
    message: `không đọc được phần khai báo: ${explainYaml(error.reason)}. Mỗi dòng có dạng "tên: giá trị", thụt lề bằng dấu cách; văn bản có dấu hai chấm, dấu # hay dấu ngoặc thì đặt trong ngoặc kép.`,
  };
}
