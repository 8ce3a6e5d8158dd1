for spec in ["99999999999999999999", ".99999999999999999999", ".2147483648f"]:
    try:
        print(len(format(1, spec)))
    except (ValueError, OverflowError, MemoryError) as e:
        print(spec[:10], type(e).__name__, e)
print(len(format("x", "1000")), len(format(1.5, "500.2f")), len("%1000d" % 1), len(f"{'a':>{300}}"))
for fmt in ["%.500f", "%.2000e"]:
    try:
        print(len(fmt % 1.0))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(format(1.5, ".100f")[-5:], len(format(1e300, ".50f")), format(1 / 3, ".60f")[-10:])
