GROUPS = [
 ('indentPositions', 'ind', ["  \\\nx\n", "x\n  y\n", "x\n\ty\n", "x\n      \\\nz\n", "x\n  \u00e9 = 1\n", "x = (\n1)\n  y\n", "x\n  '''a\nb'''\n", 'if x:\n  \x0c  y\n    z\n', 'x\n\x0c   y\n'],
  'INDENT carries the position CPython reports "unexpected indent" at.'),
 ('numberValues', 'num', ['0', '00', '7', '1_000', '9223372036854775807', '9223372036854775808', '-0'[1:], '0x7fffffffffffffff', '0x8000000000000000', '0xFFFF_FFFF',
   '0o777', '0b1010', '0b' + '1' * 64, '0b' + '1' * 63, '0o1777777777777777777777', '123456789012345678901234567890', '1.5', '.5', '5.', '1e10', '1E-10', '1.7976931348623157e308',
   '1e309', '4.9e-324', '2e-324', '1e-400', '0.1', '1_0.0_1e1_0', '3.141592653589793238462643383279', '09.5', '00e0', '1j', '1.5J', '1e400j', '0j', '09j', '1_1j', '2.5e-3j', '0.30000000000000004'],
  'Numbers.parse agrees with Python on every value, floats to the bit.'),
]
