# sys.set_int_max_str_digits: limits and the exact messages in both directions
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
for f in [lambda: str(big), lambda: repr(big), lambda: int("1" * 4301), lambda: f"{big}", lambda: "%d" % big, lambda: format(big, ","),
          lambda: int("1" * 4300) > 0, lambda: len(hex(big)), lambda: len(bin(big)), lambda: int("f" * 5000, 16) > 0, lambda: int("1" * 5000, 10),
          lambda: int(b"1" * 4301), lambda: int("-" + "1" * 4301), lambda: int("1_" * 2200 + "1")]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)
for n in [0, 640, 639, -1, 5000, 2**70]:
    try:
        sys.set_int_max_str_digits(n)
        print("set", n, sys.get_int_max_str_digits())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
for f in [lambda: len(str(10 ** 640)), lambda: len(str(10 ** 639)), lambda: int("9" * 641), lambda: int("9" * 640) > 0]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print("TypeError", e)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
