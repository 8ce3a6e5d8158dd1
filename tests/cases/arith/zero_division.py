cases = [(lambda: 1 / 0), (lambda: 1 // 0), (lambda: 1 % 0), (lambda: divmod(1, 0)),
         (lambda: 1.0 / 0), (lambda: 1.0 // 0.0), (lambda: 5 % 0.0), (lambda: divmod(1.5, 0)),
         (lambda: 2 ** 100 // 0), (lambda: 2 ** 100 % 0), (lambda: 0 / 0), (lambda: 1j / 0)]
for i, c in enumerate(cases):
    try:
        print(c())
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
x = 10
try:
    x /= 0
except ZeroDivisionError as e:
    print("aug", e)
print(x)
