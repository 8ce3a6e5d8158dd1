import json

records = []
for i in range(3000):
    records.append({"id": i, "name": "user%d" % i, "score": i * 0.25, "active": i % 3 == 0,
                    "tags": ["t%d" % (i % 7), "é" if i % 5 == 0 else "x"], "meta": {"n": None, "s": "a\"b\\c\n"}})
text = json.dumps(records)
print(len(text), text[:200])
back = json.loads(text)
print(back == records, len(back), back[-1])
pretty = json.dumps(records[:3], indent=4, sort_keys=True, ensure_ascii=False)
print(pretty)
print(json.loads(pretty) == records[:3])
nested = [[[[[[[[[[1]]]]]]]]]] * 100
print(json.loads(json.dumps(nested)) == nested)
