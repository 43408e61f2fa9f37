import { ServiceError } from './service-error';

/** The NUL character: PostgreSQL cannot store it in text, and no station ever writes it on purpose. */
const NUL = '\u0000';

/**
 * Whether any string in `value` (object keys included, at any depth) holds a NUL character. Walks with its own
 * stack, so a deeply nested body cannot overflow the call stack.
 */
export function holdsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (item.includes(NUL)) return true;
    } else if (Array.isArray(item)) {
      for (const inner of item as unknown[]) stack.push(inner);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) {
        if (key.includes(NUL)) return true;
        stack.push(inner);
      }
    }
  }
  return false;
}

/** The refusal of a request or input holding a NUL character outside a mutation (inside one, `admit` rejects it). */
export const nulTextRefusal = (): ServiceError =>
  new ServiceError(
    400,
    'request.nul',
    'Text holds a NUL character (\\u0000), which the county cannot store',
    '数据里有无效的空字符（\\u0000），县服务器无法保存，请检查后重新输入',
  );
