# complex ** complex: the polar form's domain and range errors
inf, nan = float("inf"), float("nan")
def show(a, b):
    try:
        r = a ** b
    except Exception as e:
        print(repr(a), "**", repr(b), "->", type(e).__name__, e)
    else:
        print(repr(a), "**", repr(b), "=", repr(r))
for a in [1j, 2 + 0j, complex(inf, 1), complex(1, inf), complex(nan, 1), 0j, complex(1e-300, 0), complex(1e300, 1e300), -1 + 0j]:
    for b in [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(nan, 0), complex(0.5, 0), complex(2, 1),
              complex(1e10, 0), complex(-1e10, 0), complex(0, 1e300), 101 + 0j, -101 + 0j, 100, -100, 1.5]:
        show(a, b)
show(0j, -1 + 0j)
show(0j, 1j)
show(0j, 0j)
show(complex(0, 0), -2)
print(pow(1j, 2), pow(2j, -1), (1+1j) ** 0.5)
