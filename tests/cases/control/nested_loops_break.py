found = None
for i in range(1, 20):
    for j in range(1, 20):
        if i * j == 42 and i < j:
            found = (i, j)
            break
    if found:
        break
print(found)
count = 0
for a in range(5):
    for b in range(5):
        for c in range(5):
            if a + b + c == 6:
                count += 1
print(count)
pairs = []
i = 0
while i < 4:
    j = 0
    while True:
        if j > i:
            break
        pairs.append((i, j))
        j += 1
    i += 1
print(pairs)
for row in range(4):
    print(" " * (3 - row) + "*" * (2 * row + 1))
