print("{} {} {}".format(1, "a", None), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("x"), "{name}".format(name="n"))
print("{0[1]} {0[a]} {1.real} {1.imag}".format({1: "one", "a": "A"}, 3 + 4j), "{[0]}".format("xyz"), "{0[-1]}".format({"-1": "neg"}))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{:>{w}}|".format("x", w=4), "{:{f}^{w}}".format("m", f="*", w=5), "{{}} {{{}}}".format(7))
print("{0:{1}}".format(3.14159, ".2f"), "{:,}".format(10 ** 9), "{:%}".format(0.25), "{0:x} {0:o} {0:b}".format(10))
class P:
    x = 1
    def __getitem__(self, k): return f"item[{k!r}]"
print("{0.x} {0[key]} {0[0]} {0[ 1 ]}".format(P()))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0", (1,), {}), ("{1}", (1,), {}), ("{x}", (), {}), ("{0.nope}", (1,), {}),
                      ("{0[5]}", ([1],), {}), ("{!x}", (1,), {}), ("{0!}", (1,), {}), ("{:d}", ("s",), {}), ("{} {0}", (1, 2), {}),
                      ("{0} {}", (1, 2), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{a.b.c}", (), {"a": 1}), ("{0[}", (1,), {}), ("{0]}", (1,), {})]:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{a}{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a}{zz}".format_map(Default(a=1)))
try:
    "{x}".format_map(5)
except TypeError as e:
    print(type(e).__name__, e)
