lo, hi = 0, 1000
target = 737
steps = 0
while lo <= hi and steps < 50:
    mid = (lo + hi) // 2
    steps += 1
    if mid == target:
        break
    elif mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print(mid, steps)
stack = [10]
visited = []
while stack and len(visited) < 12:
    n = stack.pop()
    if n in visited or n < 0:
        continue
    visited.append(n)
    stack.extend([n - 3, n - 4])
print(visited)
x = 100
while x > 1 if x % 7 else False:
    x //= 2
print(x)
