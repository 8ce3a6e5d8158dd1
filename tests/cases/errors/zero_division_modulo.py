def bucket(n, buckets):
    return n % buckets


print(bucket(10, 3))
print(bucket(10, 0))
