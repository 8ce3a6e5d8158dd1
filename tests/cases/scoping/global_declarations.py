counter = 0
items = []


def modify_without_global():
    items.append("mutated")


def rebind_with_global():
    global items
    items = ["rebound"]


modify_without_global()
print(items)
rebind_with_global()
print(items)


def create_new():
    global brand_new
    brand_new = 42


try:
    print(brand_new)
except NameError as e:
    print(type(e).__name__, e)
create_new()
print(brand_new)


def global_in_nested():
    counter = "local counter"

    def inner():
        global counter
        counter += 1
        return counter

    inner()
    return counter


print(global_in_nested(), counter)


def delete_global():
    global brand_new
    del brand_new


delete_global()
print("brand_new" in globals())
