def steps(n):
    count = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        count += 1
    return count


best = max(range(1, 3000), key=steps)
print(best, steps(best))
hist = {}
for i in range(1, 200):
    s = steps(i)
    hist[s // 20] = hist.get(s // 20, 0) + 1
print(sorted(hist.items()))
print(steps(2 ** 100), steps(2 ** 100 - 1))
