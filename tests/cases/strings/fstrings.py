name, n, pi = "Ada", 42, 3.14159265
print(f"{name} {n} {pi}")
print(f"{name!r} {name!s} {n:5d} {pi:.3f} {n:#x} {n:b}")
print(f"{n + 1} {n * 2 = } {name.upper()} {[i * i for i in range(4)]}")
print(f"{'nested ' + name:>15}|{n:{'<'}{6}}|")
width, prec = 10, 2
print(f"{pi:{width}.{prec}f}|{pi:<{width}}|")
print(f"{{braces}} {n}{{}}")
d = {"k": 1}
print(f"{d['k']} {d}")
print(f"{n=}, {pi=:.2f}, {name=!r}")
print(f"{'a' if n > 40 else 'b'}", f"{(lambda x: x * 2)(3)}")
print(f"""{
    n
    + 1}""")
x = 10
print(f"{x:>{x // 2}}|{x!r:>4}|{-x:+}")
print(f"{3.0:g} {1e20:g} {1234567.0:,} {0.000012:.1e}")
print(f"{'multi'}{'ple'}" f"{'parts'}", F"upper F {n}", rf"\n{n}")
