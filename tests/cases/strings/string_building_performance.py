parts = []
for i in range(1000):
    parts.append(str(i % 10))
s = "".join(parts)
print(len(s), s[:20], s.count("7"))
acc = ""
for i in range(300):
    acc += chr(65 + i % 26)
print(len(acc), acc[-30:])
lines = "\n".join(f"line {i}" for i in range(50))
print(len(lines.splitlines()), lines.splitlines()[-1])
big = "ab" * 50000
print(len(big), big.count("ba"), big.find("bb"), big[-3:])
print(len(str(2 ** 10000)), str(2 ** 10000)[-10:])
