def process(items):
    done = []
    for item in items:
        try:
            if item is None:
                continue
            if item == "stop":
                break
            done.append(int(item))
        except ValueError:
            done.append("bad:" + item)
            continue
        else:
            done.append("+")
        finally:
            done.append("|")
    return done


print(process(["1", None, "x", "2", "stop", "3"]))
i = 0
while True:
    try:
        i += 1
        if i > 3:
            raise StopIteration
    except StopIteration:
        print("stopping at", i)
        break
