x = None
print(x["key"])
