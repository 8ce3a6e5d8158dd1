a = "".join(["ta", "ipan"])
b = "taipan"
print(a == b, hash(a) == hash(b), a < "taipans", "Taipan" < b)
print(sorted(["b", "B", "a", "A", "_", "1", " "]))
print("abc".__hash__() == hash("abc"), hash("") == hash(str()))
print({"x": 1}.get("".join("x")), "ab" in {"ab": 0}, "a" + "b" in {"ab"})
print(min(["zeta", "Alpha", "beta"]), max(["zeta", "Alpha", "beta"], key=str.lower))
