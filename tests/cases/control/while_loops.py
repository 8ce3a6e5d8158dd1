n = 0
while n < 5:
    n += 1
print(n)
i = 10
total = 0
while i:
    i -= 1
    if i % 2:
        continue
    total += i
print(total)
while True:
    n *= 2
    if n > 100:
        break
print(n)
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran", k)
k = 0
while k < 3:
    k += 1
    if k == 2:
        break
else:
    print("not printed")
print("after break", k)
while False:
    print("never")
else:
    print("else of never-run loop")
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
