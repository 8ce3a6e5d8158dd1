n = 10
for i in n:
    print(i)
