data = {"a": 1}
try:
    print(data["b"])
except KeyError:
    print("missing key, falling back")
    print(data["c"])
