# while loops with else, break/continue, nesting and one-line bodies.
while a:
    pass
while a:
    pass
else:
    pass
while True:
    if x:
        break
    continue
while a: pass
while a: x += 1; y -= 1
else: pass
while (n := n - 1):
    while m:
        break
    else:
        continue
while not done and count < 10:
    count += 1
while 0:
    pass
else:
    while 1:
        break
while a or b:
    try:
        continue
    finally:
        pass
while (
    a
):
    pass
