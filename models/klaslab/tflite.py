"""A small reader of TensorFlow Lite model files (FlatBuffers), enough to take weights out.

No `tflite`/`flatbuffers` package is available here (Debian has neither), so this reads the
format directly. FlatBuffers layout (https://flatbuffers.dev/internals): a table starts with an
int32 offset back to its vtable; the vtable lists, per field, a uint16 offset inside the table (0 =
field absent); tables, vectors and strings are referenced by uint32 offsets relative to where the
offset is stored; a vector is a uint32 length followed by its elements. Field numbers below are
those of tensorflow/lite/schema/schema.fbs (Model, SubGraph, Tensor, QuantizationParameters,
Buffer, Operator, OperatorCode).
"""
import struct
from dataclasses import dataclass, field

import numpy as np

# TensorType enum (schema.fbs) -> numpy dtype; only the types weights use.
TENSOR_TYPES = {
    0: np.float32, 1: np.float16, 2: np.int32, 3: np.uint8, 4: np.int64, 7: np.int16, 9: np.int8,
}

# BuiltinOperator enum values this project reads (schema.fbs); others are kept as numbers.
BUILTIN_OPS = {0: "ADD", 1: "AVERAGE_POOL_2D", 2: "CONCATENATION", 3: "CONV_2D",
               4: "DEPTHWISE_CONV_2D", 9: "FULLY_CONNECTED", 22: "RESHAPE", 25: "SOFTMAX", 49: "SPLIT"}


class TFLiteError(ValueError):
    """The file is not a TFLite model this reader understands (the message says where)."""


@dataclass
class Tensor:
    index: int
    name: str
    shape: tuple
    dtype: type
    buffer: int
    scale: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    zero_point: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    quantized_dimension: int = 0
    data: np.ndarray | None = None  # None for activations (empty buffer)

    def dequantize(self):
        """The real-valued tensor: scale * (q - zero_point), per tensor or per channel."""
        if self.data is None:
            raise TFLiteError(f"tensor {self.index} ({self.name}) has no constant data")
        if self.scale.size == 0:
            return self.data.astype(np.float32)
        shape = [1] * self.data.ndim
        if self.scale.size > 1:
            shape[self.quantized_dimension] = -1
        s = self.scale.reshape(shape).astype(np.float64)
        z = self.zero_point.reshape(shape).astype(np.float64) if self.zero_point.size else 0.0
        return (s * (self.data.astype(np.float64) - z)).astype(np.float32)


@dataclass
class Operator:
    opcode: str
    inputs: tuple
    outputs: tuple


@dataclass
class Model:
    version: int
    tensors: list
    operators: list
    inputs: tuple
    outputs: tuple


class _Buf:
    def __init__(self, data):
        self.b = memoryview(data)

    def u8(self, p):
        return self.b[p]

    def u16(self, p):
        return struct.unpack_from("<H", self.b, p)[0]

    def i32(self, p):
        return struct.unpack_from("<i", self.b, p)[0]

    def u32(self, p):
        return struct.unpack_from("<I", self.b, p)[0]

    def check(self, p, n, what):
        if p < 0 or p + n > len(self.b):
            raise TFLiteError(f"{what} at byte {p} (+{n}) lies outside the file ({len(self.b)} bytes)")


class _Table:
    def __init__(self, buf, pos, what):
        buf.check(pos, 4, what)
        self.buf, self.pos, self.what = buf, pos, what
        self.vt = pos - buf.i32(pos)
        buf.check(self.vt, 4, f"{what} vtable")
        self.vt_len = buf.u16(self.vt)

    def _field(self, n):
        o = 4 + 2 * n
        if o >= self.vt_len:
            return 0
        return self.buf.u16(self.vt + o)

    def scalar(self, n, fmt, default=0):
        o = self._field(n)
        if not o:
            return default
        self.buf.check(self.pos + o, struct.calcsize(fmt), f"{self.what} field {n}")
        return struct.unpack_from("<" + fmt, self.buf.b, self.pos + o)[0]

    def _ref(self, n):
        o = self._field(n)
        if not o:
            return None
        p = self.pos + o
        self.buf.check(p, 4, f"{self.what} field {n}")
        return p + self.buf.u32(p)

    def table(self, n, what):
        p = self._ref(n)
        return None if p is None else _Table(self.buf, p, what)

    def vector(self, n):
        """(start, length) of vector field n, or (0, 0) if absent."""
        p = self._ref(n)
        if p is None:
            return 0, 0
        self.buf.check(p, 4, f"{self.what} field {n} length")
        return p + 4, self.buf.u32(p)

    def array(self, n, dtype):
        start, length = self.vector(n)
        dt = np.dtype(dtype).newbyteorder("<")
        self.buf.check(start, length * dt.itemsize, f"{self.what} field {n}")
        return np.frombuffer(self.buf.b, dt, length, start) if length else np.zeros(0, dt)

    def tables(self, n, what):
        start, length = self.vector(n)
        self.buf.check(start, 4 * length, f"{self.what} field {n}")
        return [_Table(self.buf, start + 4 * i + self.buf.u32(start + 4 * i), f"{what}[{i}]")
                for i in range(length)]

    def string(self, n):
        start, length = self.vector(n)
        self.buf.check(start, length, f"{self.what} field {n}")
        return bytes(self.buf.b[start:start + length]).decode("utf-8", "replace")


def read_tflite(data):
    """Parse a .tflite file's bytes into a Model (first subgraph; constant tensors get .data)."""
    if len(data) < 8 or bytes(data[4:8]) != b"TFL3":
        raise TFLiteError("not a TFLite file: bytes 4..8 are not the identifier 'TFL3'")
    buf = _Buf(data)
    model = _Table(buf, buf.u32(0), "Model")
    version = model.scalar(0, "I")
    codes = []
    for oc in model.tables(1, "OperatorCode"):
        code = max(oc.scalar(0, "b"), oc.scalar(3, "i"))  # deprecated byte code or the int one
        codes.append(BUILTIN_OPS.get(code, f"op{code}"))
    buffers = [b.array(0, np.uint8) for b in model.tables(4, "Buffer")]
    subgraphs = model.tables(2, "SubGraph")
    if not subgraphs:
        raise TFLiteError("the model has no subgraph")
    sg = subgraphs[0]
    tensors = []
    for i, t in enumerate(sg.tables(0, "Tensor")):
        ttype = t.scalar(1, "b")
        if ttype not in TENSOR_TYPES:
            raise TFLiteError(f"tensor {i}: unsupported TensorType {ttype}")
        tensor = Tensor(index=i, name=t.string(3), shape=tuple(int(x) for x in t.array(0, np.int32)),
                        dtype=TENSOR_TYPES[ttype], buffer=t.scalar(2, "I"))
        q = t.table(4, f"Tensor[{i}].quantization")
        if q is not None:
            tensor.scale = q.array(2, np.float32).copy()
            tensor.zero_point = q.array(3, np.int64).copy()
            tensor.quantized_dimension = q.scalar(6, "i")
        if tensor.buffer >= len(buffers):
            raise TFLiteError(f"tensor {i} ({tensor.name}): buffer {tensor.buffer} does not exist")
        raw = buffers[tensor.buffer]
        if raw.size:
            n = int(np.prod(tensor.shape)) if tensor.shape else 1
            item = np.dtype(tensor.dtype).itemsize
            if raw.size != n * item:
                raise TFLiteError(f"tensor {i} ({tensor.name}): {raw.size} bytes for shape "
                                  f"{tensor.shape} of {np.dtype(tensor.dtype).name}")
            tensor.data = np.frombuffer(raw.tobytes(), np.dtype(tensor.dtype).newbyteorder("<"))\
                .reshape(tensor.shape)
        tensors.append(tensor)
    ops = []
    for i, op in enumerate(sg.tables(3, "Operator")):
        idx = op.scalar(0, "I")
        if idx >= len(codes):
            raise TFLiteError(f"operator {i}: opcode index {idx} does not exist")
        ops.append(Operator(codes[idx], tuple(int(x) for x in op.array(1, np.int32)),
                            tuple(int(x) for x in op.array(2, np.int32))))
    return Model(version, tensors, ops, tuple(int(x) for x in sg.array(1, np.int32)),
                 tuple(int(x) for x in sg.array(2, np.int32)))
