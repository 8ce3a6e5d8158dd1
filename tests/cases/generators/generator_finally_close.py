def resource():
    print("open")
    try:
        yield "data"
    finally:
        print("close")


for item in resource():
    print("got", item)
print("loop done")
g = resource()
print(next(g))
g.close()
print("explicit close done")


def loop_break():
    g = resource()
    for x in g:
        print("breaking with", x)
        break
    print("after break")
    g.close()
    print("after close")


loop_break()
