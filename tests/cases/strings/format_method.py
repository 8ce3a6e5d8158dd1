print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{name}!".format(name="Bob"))
print("{:>6}|{:<6}|{:^6}|{:*^7}|{:06}".format("ab", "ab", "ab", "ab", 42))
print("{:d} {:5d} {:+d} {:x} {:#x} {:o} {:b} {:#b} {:,} {:_}".format(7, 7, 7, 255, 255, 8, 5, 5, 1234567, 1234567))
print("{:.3f} {:10.2f} {:e} {:.2%} {:g} {:.3g} {:,.2f}".format(3.14159, 2.71828, 123.456, 0.256, 1e-7, 1234.5, 9876543.21))
print("{0[0]} {0[1]} {1[k]} {2.real}".format([10, 20], {"k": "v"}, 3 + 4j))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{{literal}}".format(), "{:>{w}}".format("x", w=4))
print("{:-^20}".format(" title "), "{:=+8}".format(-3), "{:08.3f}".format(-3.14159))
print("{}".format([1, "a"]), "{:}".format(5), "{:s}".format("s"), "{:c}".format(97))
for fmt, args in [("{} {}", (1,)), ("{:d}", ("x",)), ("{0} {}", (1, 2)), ("{:q}", (1,)), ("{x}", ())]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(format(1234.5, ",.1f"), format(42, "08b"), format("s", "^5"), format(0.5, ".0%"), format(10))
