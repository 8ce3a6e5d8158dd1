def report(data):
    total = sum(data)
    return f"total={totl}"


print("computing")
print(report([1, 2, 3]))
