import sys
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 4300) % 1000)
print(len(hex(10 ** 5000)), int("f" * 5000, 16) % 97, len(bin(2 ** 20000)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)), sys.get_int_max_str_digits())
try:
    repr(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)), len(f"{10 ** 10000}"))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
try:
    int("9" * 641)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "%d" % (10 ** 700)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{10 ** 700:,}"
except ValueError as e:
    print(type(e).__name__, e)
print(int("9" * 640) % 7, int("1" + "0" * 639, 2) % 5)
sys.set_int_max_str_digits(4300)
