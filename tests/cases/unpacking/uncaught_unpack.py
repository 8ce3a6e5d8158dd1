rows = ["a=1", "b=2", "broken", "c=3"]
config = {}
for row in rows:
    key, value = row.split("=")
    config[key] = int(value)
    print("parsed", key)
print(config)
