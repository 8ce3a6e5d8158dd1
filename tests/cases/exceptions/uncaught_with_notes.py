def step(n):
    if n == 3:
        e = ValueError("step failed")
        e.add_note("while processing item 3")
        raise e
    return n


for i in range(5):
    print(step(i))
