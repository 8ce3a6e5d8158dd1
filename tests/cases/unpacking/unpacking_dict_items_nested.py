inventory = {"apples": (3, 0.5), "pears": (0, 0.75), "figs": (12, 0.2)}
for fruit, (count, price) in inventory.items():
    print(f"{fruit}: {count} x {price} = {count * price:.2f}")
total = sum(c * p for _, (c, p) in inventory.items())
print(f"total {total:.2f}")
(k1, v1), *rest = inventory.items()
print(k1, v1, len(rest))
[(name, (n, _))] = [("only", (1, 2))]
print(name, n)
