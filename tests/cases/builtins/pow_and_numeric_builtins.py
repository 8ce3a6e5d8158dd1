print(pow(2, 8), pow(2, 0.5), pow(-1, 0.5), pow(4, -2), pow(7, 2, 5), pow(2, 100, 10 ** 9 + 7))
print(int.bit_length(1023), (1023).bit_length(), float.is_integer(3.0), (12).__index__())
print(complex(1, 2) ** 2, pow(0j, 0))
print(max(pow(x, 2, 7) for x in range(7)), [pow(3, i, 10) for i in range(6)])
