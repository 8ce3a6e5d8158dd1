x = a[b c]
