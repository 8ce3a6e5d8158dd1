items = [3, 1, 2]
print(sorted(items))
items.append("four")
print(len(items))
print(sorted(items))
