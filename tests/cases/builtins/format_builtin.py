print(format(3.14159, ".2f"), format(42, "05d"), format("hi", ">5"), format(1234567, ","), format(0.25, "%"))
print(format(255, "b"), format(True), format(None), format([1, 2]), format(1e10, "e"), format(-7, "+"))
print(format(12, ""), format("s", ""), format(2.0), format(1 + 2j, ".1f"))
try:
    format(1, "zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format([], "d")
except TypeError as e:
    print(type(e).__name__, e)
