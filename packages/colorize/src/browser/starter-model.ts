/**
 * A one-node ONNX model, `y = Relu(x)` on a float tensor of shape [1], for starting ONNX Runtime
 * before the real model has arrived (see `startRuntime` in runtime.ts).
 *
 * Written out here with a minimal protobuf encoder rather than shipped as a file: it is 63 bytes,
 * and the fields say what it is (onnx.proto: ModelProto, GraphProto, NodeProto, ValueInfoProto).
 */

type Field = number | string | Uint8Array;

const text = new TextEncoder();

function varint(value: number): number[] {
  const bytes: number[] = [];
  let v = value;
  while (v > 0x7f) {
    bytes.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  bytes.push(v);
  return bytes;
}

/** One protobuf message from `[field number, value]` pairs: numbers as varints, the rest as bytes. */
function message(...fields: Array<[number, Field]>): Uint8Array {
  const out: number[] = [];
  for (const [n, value] of fields) {
    if (typeof value === 'number') {
      out.push(...varint(n << 3), ...varint(value)); // wire type 0: varint
    } else {
      const bytes = typeof value === 'string' ? text.encode(value) : value;
      out.push(...varint((n << 3) | 2), ...varint(bytes.length), ...bytes); // 2: length-delimited
    }
  }
  return Uint8Array.from(out);
}

/** ValueInfoProto: a float32 tensor of shape [1]. */
function floatOfOne(name: string): Uint8Array {
  const dim = message([1, 1]); // Dimension.dim_value = 1
  const shape = message([1, dim]); // TensorShapeProto.dim
  const tensor = message([1, 1], [2, shape]); // elem_type FLOAT (1), shape
  return message([1, name], [2, message([1, tensor])]); // name, type.tensor_type
}

/** The model's bytes: IR version 8, default opset 13, one Relu from `x` to `y`. */
export function starterModel(): Uint8Array {
  const relu = message([1, 'x'], [2, 'y'], [4, 'Relu']); // NodeProto input, output, op_type
  const graph = message([1, relu], [2, 'start'], [11, floatOfOne('x')], [12, floatOfOne('y')]);
  return message([1, 8], [7, graph], [8, message([2, 13])]); // ir_version, graph, opset_import
}
