def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for a in [0, 1, -1, 7, -7, 2 ** 31, -(2 ** 31), 2 ** 63 - 1, -(2 ** 63), 2 ** 64, -(2 ** 100) + 3, 10 ** 30 + 7, True, False]:
    for b in [0, 1, -1, 7, -7, 2 ** 31, -(2 ** 31), 2 ** 63 - 1, -(2 ** 63), 2 ** 64, -(2 ** 100) + 3, 10 ** 30 + 7, True, False]:
        if False and (abs(b) > 100 or (abs(a) > 2 ** 64 and b > 3)):
            continue
        if False and b > 100:
            continue
        show(f"{a!r} // {b!r}", lambda: a // b)
