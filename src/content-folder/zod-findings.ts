/**
 * Turns schema problems into findings for people: the field as written, what was found and
 * what was expected, in Vietnamese.
 */
import type { z } from 'astro/zod';
import type { Finding } from '../domain/findings.ts';
import { locateField, typedScalar } from './locate.ts';

const TYPE_NAMES: Record<string, string> = {
  string: 'văn bản',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách',
  object: 'nhóm trường (dạng "tên: giá trị")',
  date: 'ngày',
};

/** Vietnamese for the checks that carry no message of their own. */
const vietnameseErrors: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      return `cần ${TYPE_NAMES[iss.expected] ?? iss.expected}`;
    case 'invalid_value':
      return `cần một trong: ${iss.values.map(String).join(' | ')}`;
    case 'unrecognized_keys':
      return `có trường không thuộc định dạng: ${iss.keys.join(', ')}`;
    case 'too_small':
      return iss.origin === 'array' ? `cần ít nhất ${iss.minimum} mục` : `cần từ ${iss.minimum} trở lên`;
    case 'too_big':
      return iss.origin === 'array' ? `cần nhiều nhất ${iss.maximum} mục` : `cần không quá ${iss.maximum}`;
    case 'invalid_union':
      return 'giá trị không đúng dạng';
    default:
      return undefined;
  }
};

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);

export interface ParseContext {
  file: string;
  yamlText: string;
  firstLine: number;
}

export function parseWithFindings<S extends z.ZodType>(
  schema: S,
  data: unknown,
  ctx: ParseContext,
): { data?: z.output<S>; findings: Finding[] } {
  const result = schema.safeParse(data, { error: vietnameseErrors, reportInput: true });
  if (result.success) return { data: result.data, findings: [] };
  const findings = result.error.issues.map((iss): Finding => {
    const path = iss.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (iss.code === 'unrecognized_keys') {
      const keys = (iss as { keys: string[] }).keys;
      const full = [...path, keys[0]!];
      return {
        severity: 'error',
        file: ctx.file,
        field: fieldPath(full),
        line: locateField(ctx.yamlText, full, ctx.firstLine),
        value: valueAt(data, full),
        message: iss.message,
      };
    }
    const found = valueAt(data, path);
    const missing = found === undefined && (iss.code === 'invalid_type' || iss.code === 'invalid_union');
    // null, infinities and numbers past what a number can hold exactly would show as null or
    // as another number: show them as typed instead.
    const unshowable =
      found === null || (typeof found === 'number' && (!Number.isFinite(found) || Math.abs(found) > Number.MAX_SAFE_INTEGER));
    const typed = unshowable ? typedScalar(ctx.yamlText, path, ctx.firstLine) : undefined;
    return {
      severity: 'error',
      file: ctx.file,
      field: fieldPath(path) || undefined,
      line: locateField(ctx.yamlText, path, ctx.firstLine),
      value: missing ? undefined : found,
      ...(typed !== undefined && { typed }),
      message: missing ? `thiếu trường bắt buộc (${iss.message})` : iss.message,
    };
  });
  return { findings };
}
