z = 3 + 4j
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w)
print(abs(z), z.real, z.imag, z.conjugate())
print(-z, +w, z ** 2, z == 3 + 4j, z != w)
print(1j * 1j, 1j ** 2, (1 + 0j) == 1, complex(2), complex(1, -1))
print(complex("1+2j"), complex("-3.5j"), complex(" 2 "))
print(repr(0j), repr(-0j), repr(1j), repr(-1j), repr(complex(-0.0, -0.0)))
print(2 * z, z * 2.5, z + 1, 1 - z, 10 / z)
try:
    z < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    z // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    z / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(complex(float("inf"), 1), (1e300 + 1e300j) * 10)
print(pow(1j, 4), 0j ** 0)
