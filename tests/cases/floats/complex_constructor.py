for args in [(), (1,), (1, 2), (1.5, -2), ("1+2j",), ("  3j  ",), ("-1.5e3-2J",), ("(1+2j)",), ("j",), ("-j",), ("1e5",), ("inf+nanj",),
             ("1 + 2j",), ("1+",), ("",), ("2j+1",), ("1_0+2_0j",), (1j, 1j), (1 + 1j, 2), (True, False), ("1", 2), (1, "2"), (None,),
             ("nan",), ("-infj",), ("(1)",), ("((1))",)]:
    try:
        print(args, repr(complex(*args)))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
print(complex(real=1, imag=2), complex(imag=3), complex("1+1j").real)
class C:
    def __complex__(self): return 2j
print(complex(C()), complex(C(), 1) if False else "")
print(format(1 + 2j, ".2f"), format(1.5 + 2j, ">15"), format(-1j, "e"), f"{3 + 4j:g}", format(1 + 1j, ""), format(1j, "+.1f"))
try:
    format(1j, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1j, "=10")
except ValueError as e:
    print(type(e).__name__, e)
