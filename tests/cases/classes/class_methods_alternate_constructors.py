class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)

    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        return cls(*(int(text[i:i + 2], 16) for i in (0, 2, 4)))

    @classmethod
    def gray(cls, level):
        return cls(level, level, level)

    def to_hex(self):
        return "#" + "".join(f"{c:02x}" for c in self.rgb)

    def __repr__(self):
        return f"{type(self).__name__}{self.rgb}"


class Named(Color):
    pass


print(Color.from_hex("#ff8000"), Color.gray(128).to_hex(), Named.from_hex("0a0b0c"))
print(Color.from_hex(Color(1, 2, 3).to_hex()).rgb)
try:
    Color.from_hex("#zz0000")
except ValueError as e:
    print(type(e).__name__, e)
