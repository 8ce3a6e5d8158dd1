d = {"alpha": 1, "beta": 2}
print(d["alpha"])
print(d["gamma"])
