# Text files: modes, newline translation on read and write, iteration, seek/tell, append.
PATH = "/tmp/taipan-case-io-text.txt"

with open(PATH, "w") as f:
    print(f.write("one\ntwo\r\nthree\rfour"), f.tell())
    print(f.mode, f.name == PATH, f.encoding, f.closed, f.readable(), f.writable(), f.seekable())
print(f.closed)

with open(PATH) as f:
    print(repr(f.read()))
    print(f.newlines)
with open(PATH, newline="") as f:
    print(list(f))
with open(PATH, newline="\r") as f:
    print(f.readlines())
with open(PATH, "rb") as f:
    print(f.read())

with open(PATH, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(PATH, "rb") as f:
    print(f.read())

with open(PATH, "a") as f:
    f.write("appended\n")
with open(PATH) as f:
    print(f.readline(), end="")
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(repr(f.read(3)), repr(rest))
    f.seek(0)
    print(repr(f.readline(1)), repr(f.readline()))
    print(f.seek(0, 2), repr(f.read()))

with open(PATH, "w+") as f:
    f.write("hello world")
    f.seek(0)
    print(f.read(5))
    f.write("!")
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
with open(PATH, "r+") as f:
    print(repr(f.read()))

with open(PATH, "w", encoding="latin-1") as f:
    f.write("caf\xe9")
with open(PATH, "rb") as f:
    print(f.read())
with open(PATH, encoding="latin-1") as f:
    print(f.read(), f.encoding)
with open(PATH, "w", encoding="utf-8") as f:
    f.write("h\xe9llo \u20ac \U0001F600\n")
with open(PATH, encoding="utf-8") as f:
    print(f.read(2), f.tell(), repr(f.read()))
with open(PATH, "rb") as f:
    print(f.read())

# Writing after reading: the read-ahead is dropped and the write goes where the buffer is.
with open(PATH, "w+") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(repr(f.readline()))
    f.write("X")
    print(f.tell())
with open(PATH) as f:
    print(repr(f.read()))
