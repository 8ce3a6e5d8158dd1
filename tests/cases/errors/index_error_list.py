queue = [1, 2, 3]
while True:
    print(queue.pop(0))
