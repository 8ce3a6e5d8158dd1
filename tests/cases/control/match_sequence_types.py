def seq(v):
    match v:
        case [a, b, c]:
            return ("three", a, b, c)
        case [*_]:
            return ("sequence", len(v))
        case _:
            return ("not sequence", type(v).__name__)


class MySeq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i


for v in [[1, 2, 3], (1, 2, 3), range(3), "abc", b"abc", bytearray(b"abc"), {1, 2, 3}, {1: 2},
          iter([1, 2, 3]), MySeq(), [], memoryview(b"xyz")]:
    print(seq(v))
