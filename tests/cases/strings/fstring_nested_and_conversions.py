items = {"apple": 1.5, "kiwi": 0.25, "watermelon": 3}
width = max(len(k) for k in items)
for name, price in items.items():
    print(f"{name:<{width}} | {price:>6.2f} | {'*' * int(price * 2):5} |")
print(f"{len(items)} items, total {sum(items.values()):.2f}")
v = 3.14159
print(f"{v!r:>12}", f"{v!s:<10}|", f"{'q'!a}", f"{str(v)!r}")
nested = {"a": {"b": [10, 20]}}
print(f"{nested['a']['b'][-1]}", f"{nested!r}"[:9])
print(f"{'{'}{'}'}", f"{{{v:.1f}}}", f"{v:.{1 + 1}f}")
print(f"{1_000_000:_}", f"{255:#010b}", f"{-42:^+9}", f"{'abc':*>+6}" if False else f"{'abc':*>6}")
