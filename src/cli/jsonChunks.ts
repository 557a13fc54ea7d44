/**
 * JSON text as a stream of chunks, so that a FeatureCollection with millions of mentions never has to fit in
 * one string (V8 caps strings near 512 MB: JSON.stringify throws "Invalid string length" long before memory
 * runs out). Small values are stringified whole; arrays and objects are walked.
 *
 * @example [...jsonChunks({ a: [1, 2] })].join('') // → '{"a":[1,2]}'
 */
export function* jsonChunks(value: unknown, indent = 0, depth = 0): Generator<string> {
  if (value === null || typeof value !== 'object') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value, null, indent);
    return;
  }
  const pad = indent > 0 ? `\n${' '.repeat(indent * (depth + 1))}` : '';
  const close = indent > 0 ? `\n${' '.repeat(indent * depth)}` : '';
  const colon = indent > 0 ? ': ' : ':';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? pad : `,${pad}`;
      const item = value[i] === undefined ? null : value[i];
      yield* jsonChunks(item, indent, depth + 1);
    }
    yield `${close}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  let first = true;
  for (const [k, v] of entries) {
    yield `${first ? '' : ','}${pad}${JSON.stringify(k)}${colon}`;
    first = false;
    yield* jsonChunks(v, indent, depth + 1);
  }
  yield `${close}}`;
}

/** Groups small chunks into blocks of about `size` characters (fewer writes). */
export function* batched(chunks: Iterable<string>, size = 1 << 16): Generator<string> {
  let buffer = '';
  for (const c of chunks) {
    buffer += c;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
