n = 2 ** 4000
s = str(n)
print(len(s), s[:30], s[-30:], int(s) == n)
print(hex(n)[:10], len(hex(n)), int(hex(n), 16) == n, int(bin(n)[2:], 2) == n, int(oct(n), 0) == n)
f = 1
for i in range(1, 300):
    f *= i
print(len(str(f)), str(f)[:25], str(f).count("0"), f % (10 ** 9 + 7))
print(repr(-n)[:12], format(n, ",")[:20], format(n, "_x")[:20])
print(int("-" + "9" * 1000) + 10 ** 1000, int("1" + "0" * 1000) == 10 ** 1000)
