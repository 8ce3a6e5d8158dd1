# int methods: bit_length/bit_count, as_integer_ratio, numerator/denominator, to/from bytes round trips, conjugate, round, is_integer-free
for n in [0, 1, -1, 255, -256, 2**63, -(2**63), 2**100 + 1, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.conjugate(),
          type(n.conjugate()).__name__, round(n, -1), n.__index__(), abs(n), -n, ~n, +n, n.__trunc__(), n.__floor__(), n.__ceil__())
print(divmod(10**30, 7), divmod(-(10**30), 7), 10**30 // -7, 10**30 % -7, (-(2**64)) >> 1, 2**64 >> 65, -1 >> 100, 1 << 100, -5 >> 1, -5 // 2)
print((2**64).to_bytes(9, "big"), int.from_bytes((2**64).to_bytes(9, "big"), "big") == 2**64, (255).to_bytes(2, "little"), (-5) % 3, 5 % -3, -5 % -3)
for f in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 << 2**70, lambda: 0 << 2**70, lambda: 10 ** -2, lambda: 0 ** -1, lambda: (-8) ** (1/3) if False else (-8) ** 0.5,
          lambda: 2 ** 0.5, lambda: divmod(1, 0), lambda: 1 // 0, lambda: 1 % 0, lambda: 5 .bit_length(1), lambda: int.bit_count(1.5), lambda: (5).__round__("x")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(0 ** 0, (-2) ** 3, (-2) ** -3, 2 ** 100, 7 // 2, -7 // 2, 7 / 2, -7 / 2, 10**20 / 3, 2**1000 / 2**999, 1 / 3 * 3 == 1)
try:
    print(2**10000 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(int.__new__(int, 5), bool.__new__(bool, 0), int.__add__(1, 2), int.__radd__(1, 2), (5).__sub__(1.0), (5).__rsub__(1), (1).__truediv__(0.5))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61) + 1), hash(10**30), hash(-1), int(True) is 1 or True)
