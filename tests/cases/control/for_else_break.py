def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "divisible by", d)
            break
    else:
        print(n, "is prime")


for n in (2, 9, 13, 25, 97):
    find_divisor(n)
for x in []:
    print("never")
else:
    print("empty for-else")
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print(i, j)
    else:
        print("inner finished for", i)
result = []
for i in range(10):
    if i == 2:
        continue
    if i == 7:
        break
    result.append(i)
print(result, i)
