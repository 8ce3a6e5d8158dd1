y = a[x = 1]
