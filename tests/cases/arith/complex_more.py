z = complex(1, 1)
for n in range(5):
    print(n, z ** n)
print(abs(3 - 4j), abs(-5j), (1 + 2j).conjugate().imag, (2j).real)
print(complex("infj"), complex("-1.5e3+2j"), complex(1.5), complex(True, False))
print((1 + 2j) == complex(1, 2), 1j == complex(0, 1), hash(1 + 0j) == hash(1))
print((1e200 + 1e200j) * (1e200 + 1e200j))
try:
    complex("1+2")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), 1j.__class__.__name__)
