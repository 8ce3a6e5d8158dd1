lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(out, lst)
lst = [1, 2, 3, 4]
for x in lst[:]:
    lst.remove(x)
print(lst)
i = 0
seq = [5, 6, 7]
while i < len(seq):
    if seq[i] == 6:
        seq.insert(i + 1, 60)
        i += 1
    i += 1
print(seq)
