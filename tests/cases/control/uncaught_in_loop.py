values = ["1", "2", "x3", "4"]
total = 0
for v in values:
    total += int(v)
    print("running total", total)
print("final", total)
